interface ImportMetaEnv {
  /** True when this build makes PDF handouts (src/build/handouts/integration.ts). */
  readonly HANDOUT_PDF: boolean;
}
