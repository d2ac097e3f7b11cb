/**
 * The branch calendar of the build year as a static .ics file, so that it downloads without
 * JavaScript; the page's script makes the same file for any year and day.
 */
import type { APIRoute } from 'astro';
import { CALENDAR_YEAR, getSite } from '../../../model/site.ts';
import { branchSchedule } from '../../../model/queries.ts';
import { scheduleIntervals } from '../../../model/taxonomy.ts';
import { branchCalendar, calendarFileName, FIRST_DAY } from '../../../shared/branch-calendar.ts';

export function getStaticPaths() {
  return [{ params: { file: calendarFileName(CALENDAR_YEAR) } }];
}

export const GET: APIRoute = async ({ site }) => {
  const { routines } = await getSite();
  const schedule = branchSchedule(routines, scheduleIntervals, site!);
  const body = branchCalendar(schedule.items, { ...schedule, year: CALENDAR_YEAR, day: FIRST_DAY });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
