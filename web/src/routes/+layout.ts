// A client-rendered app: the session cookie is HttpOnly and the API is same-origin, so the
// browser talks to /graphql itself and the server only hands out the shell.
export const ssr = false;
