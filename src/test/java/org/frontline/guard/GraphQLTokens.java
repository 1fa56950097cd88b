package org.frontline.guard;

/**
 * Counts a GraphQL document's lexical tokens the way graphql-java's parser limit counts them:
 * punctuators, names, numbers and strings, one each; whitespace, commas and comments not at all.
 * The corpus uses it to know which limit a request breaks first.
 */
final class GraphQLTokens {

    private GraphQLTokens() {
    }

    static int count(String document) {
        int tokens = 0;
        int i = 0;
        int n = document.length();
        while (i < n) {
            char c = document.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == '\uFEFF') {
                i++;
            } else if (c == '#') {
                while (i < n && document.charAt(i) != '\n' && document.charAt(i) != '\r') {
                    i++;
                }
            } else if (document.startsWith("\"\"\"", i)) {
                int end = document.indexOf("\"\"\"", i + 3);
                i = end < 0 ? n : end + 3;
                tokens++;
            } else if (c == '"') {
                i++;
                while (i < n && document.charAt(i) != '"') {
                    i += document.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                tokens++;
            } else if (document.startsWith("...", i)) {
                i += 3;
                tokens++;
            } else if (Character.isLetter(c) || c == '_') {
                while (i < n && (Character.isLetterOrDigit(document.charAt(i)) || document.charAt(i) == '_')) {
                    i++;
                }
                tokens++;
            } else if (Character.isDigit(c) || c == '-') {
                i++;
                while (i < n && (Character.isLetterOrDigit(document.charAt(i)) || document.charAt(i) == '.'
                        || document.charAt(i) == '+' || document.charAt(i) == '-')) {
                    i++;
                }
                tokens++;
            } else {
                i++;
                tokens++;
            }
        }
        return tokens;
    }
}
