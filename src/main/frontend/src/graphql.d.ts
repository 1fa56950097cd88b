// build.mjs loads each operations/*.graphql file as its text and the SHA-256 the service knows it by.
declare module '*.graphql' {
  const operation: { text: string; hash: string };
  export default operation;
}
