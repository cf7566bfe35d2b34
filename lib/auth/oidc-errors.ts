/** Error codes the sign-in page words, passed as ?error= when single sign-on is refused. */
export const OIDC_ERRORS = { emailNotVerified: "EmailNotVerified", linkedElsewhere: "AccountLinkedElsewhere" } as const;
