import { useRouteLoaderData } from 'react-router';
import { LANGUAGE_ROUTE_ID, type LanguageRouteData } from '../course-data';

/** The current language and its course outline, loaded by the `/:lang` route. */
export function useCourse(): LanguageRouteData {
  const data = useRouteLoaderData(LANGUAGE_ROUTE_ID) as LanguageRouteData | undefined;
  if (!data) throw new Error('useCourse is used outside the /:lang route');
  return data;
}
