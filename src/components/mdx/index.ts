/**
 * The components authors may use inside MDX, with their props validated like frontmatter:
 * `npm run check` reports an unknown component (any capitalised tag not listed here) and a prop
 * that does not fit the schema, naming the file and the line. The site uses none yet; a new
 * component is added here with a zod schema for its props and a comment for authors.
 */
import { z } from 'astro/zod';

export const mdxComponents: Record<string, z.ZodType> = {};
