/**
 * <branch-calendar>: shows the page's form (hidden without JavaScript) and, on submit, writes the
 * branch calendar for the chosen year and day (src/shared/branch-calendar.ts) and downloads it as
 * an .ics file made in the browser (a Blob): nothing is sent anywhere.
 */
import {
  branchCalendar,
  calendarFileName,
  calendarInputProblem,
  type CalendarOptions,
  type ScheduledRoutine,
} from '../shared/branch-calendar.ts';

type Schedule = Pick<CalendarOptions, 'domain' | 'stamp'> & { items: ScheduledRoutine[] };

class BranchCalendar extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const output = this.querySelector('output')!;
    const schedule = JSON.parse(this.querySelector('script.schedule')!.textContent!) as Schedule;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const year = Number((form.elements.namedItem('year') as HTMLInputElement).value);
      const day = Number((form.elements.namedItem('day') as HTMLSelectElement).value);
      const problem = calendarInputProblem(year, day);
      if (problem) {
        output.textContent = problem;
        return;
      }
      const text = branchCalendar(schedule.items, { ...schedule, year, day });
      const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = calendarFileName(year);
      link.hidden = true;
      this.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      output.textContent = `已生成${year}年的日历（${link.download}），每项工作排在每月${day}日。`;
    });
    form.hidden = false;
  }
}

customElements.define('branch-calendar', BranchCalendar);
