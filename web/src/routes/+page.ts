import { redirect } from '@sveltejs/kit';
import type { PageLoad } from './$types';

// There is no dashboard yet: everyone starts on their profile. The app shell sends
// signed-out visitors on to /signin.
export const load: PageLoad = () => {
  redirect(307, '/profile');
};
