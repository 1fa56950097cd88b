package org.frontline.sanction;

import org.eclipse.microprofile.graphql.Description;

@Description("How a stated count was put: \"more than 1,000\" is MORE_THAN 1000.")
public enum CountQualifier {
    @Description("Exactly the number.") EXACT,
    @Description("At least the number.") AT_LEAST,
    @Description("More than the number.") MORE_THAN,
    @Description("About the number.") ABOUT
}
