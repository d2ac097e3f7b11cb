interface ImportMetaEnv {
  /** True when this build makes PDF handouts (src/integrations/handouts.ts). */
  readonly HANDOUT_PDF: boolean;
}
