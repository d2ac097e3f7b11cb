import { expect, test } from 'vitest';
import { afterVerdict, type LoaderLike, type Verdict } from '../../src/build/checks/verdict.ts';

const failing: LoaderLike = {
  name: 'glob',
  load: async () => Promise.reject(new Error('InvalidContentEntryDataError')),
};
const passing: LoaderLike = { name: 'glob', load: async () => {} };

test('a loader that fails stops the build with the check’s report when the check found problems', async () => {
  const found = Promise.resolve<Verdict>({ report: 'content/cases/x.md\n  · category：…' });
  await expect(afterVerdict(failing, () => found).load({})).rejects.toThrow(
    /^内容检查未通过，构建已停止：\ncontent\/cases\/x\.md/,
  );
});

test('a loader that fails keeps its own error when the check found nothing, or did not run', async () => {
  const clean = Promise.resolve<Verdict>({ entries: 3, redirects: {} });
  await expect(afterVerdict(failing, () => clean).load({})).rejects.toThrow('InvalidContentEntryDataError');
  await expect(afterVerdict(failing, () => undefined).load({})).rejects.toThrow(
    'InvalidContentEntryDataError',
  );
});

test('a loader that succeeds does not wait for the check', async () => {
  const never = new Promise<Verdict>(() => {});
  await expect(afterVerdict(passing, () => never).load({})).resolves.toBeUndefined();
  expect(afterVerdict(passing).name).toBe('glob');
});
