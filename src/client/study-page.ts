/**
 * <study-page>: the page 我的学习 (/wode/). Lists the 错题本 (each question links back to itself
 * on its page, to redo), the bookmarks and the guides read, from this browser's storage only;
 * exports them as a small .json file, imports such a file (joined to what is here), clears all.
 */
import {
  emptyStudy,
  exportStudy,
  mergeStudy,
  parseExport,
  readStudy,
  writeStudy,
  type PageRef,
  type StudyData,
} from '../shared/study.ts';
import { questionAnchor } from '../shared/quiz.ts';

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

class StudyPage extends HTMLElement {
  status = this.querySelector<HTMLElement>('.status');

  connectedCallback() {
    this.render(readStudy(localStorage));
    this.querySelector('[data-action="export"]')?.addEventListener('click', () => this.export());
    this.querySelector('[data-action="clear"]')?.addEventListener('click', () => this.clear());
    const input = this.querySelector<HTMLInputElement>('[data-action="import"]');
    input?.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) void this.import(file).finally(() => (input.value = ''));
    });
  }

  list(name: keyof Omit<StudyData, 'checklists'>, items: HTMLLIElement[]) {
    const ul = this.querySelector(`[data-list="${name}"]`);
    ul?.replaceChildren(...items);
    const empty = this.querySelector<HTMLElement>(`[data-empty="${name}"]`);
    if (empty) empty.hidden = items.length > 0;
  }

  render(data: StudyData) {
    const pageItem = (p: PageRef) => {
      const li = document.createElement('li');
      li.append(link(p.path, p.title));
      return li;
    };
    this.list(
      'wrong',
      data.wrong.map((q) => {
        const li = document.createElement('li');
        const where = document.createElement('span');
        where.className = 'where';
        where.textContent = `出自：${q.title}`;
        li.append(link(`${q.path}#${questionAnchor(q.id)}`, q.question), where);
        return li;
      }),
    );
    this.list('bookmarks', data.bookmarks.map(pageItem));
    this.list('read', data.read.map(pageItem));
  }

  say(text: string) {
    if (this.status) this.status.textContent = text;
  }

  export() {
    const blob = new Blob([exportStudy(readStudy(localStorage))], { type: 'application/json' });
    const a = link(URL.createObjectURL(blob), '');
    a.download = 'wode-xuexi.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    this.say(
      '已导出文件 wode-xuexi.json（在手机的“下载”里）。把它发到新手机，在这一页点“导入学习记录”选择它。',
    );
  }

  async import(file: File) {
    try {
      const imported = parseExport(await file.text());
      const merged = mergeStudy(readStudy(localStorage), imported);
      writeStudy(localStorage, merged);
      this.render(merged);
      this.say(
        `已导入：错题 ${imported.wrong.length} 道，收藏 ${imported.bookmarks.length} 篇，读过的指南 ${imported.read.length} 篇。本机原有的记录都保留着。`,
      );
    } catch (error) {
      this.say(error instanceof Error ? error.message : '导入没有成功，请重试。');
    }
  }

  clear() {
    if (!confirm('确定清除本机的全部学习记录吗？错题本、收藏、读过的指南和清单勾选都会删除，不能恢复。'))
      return;
    writeStudy(localStorage, emptyStudy());
    this.render(emptyStudy());
    this.say('已清除本机的全部学习记录。');
  }
}

customElements.define('study-page', StudyPage);
