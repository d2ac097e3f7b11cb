/**
 * The Astro components behind the names in ./index.ts, for `<Content components={mdx} />`:
 * every page that renders a body passes this map, so authors write <Quiz> without importing it.
 * A component's script is emitted only on pages that render the component.
 */
import Aside from './Aside.astro';
import Checklist from './Checklist.astro';
import Explain from './Explain.astro';
import Question from './Question.astro';
import Quiz from './Quiz.astro';
import Rule from './Rule.astro';
import Steps from './Steps.astro';

export const mdx = { Aside, Checklist, Explain, Question, Quiz, Rule, Steps };
