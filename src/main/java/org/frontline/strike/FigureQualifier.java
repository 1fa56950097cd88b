package org.frontline.strike;

import org.eclipse.microprofile.graphql.Description;

@Description("How exact a casualty figure is, as the source put it. A total is EXACT only when every figure in it is; a total that includes an \"at least\" figure, or a strike with no figure, is itself AT_LEAST.")
public enum FigureQualifier {
    @Description("The figure as given: \"25 killed\".") EXACT,
    @Description("A lower bound: \"at least one person was killed\".") AT_LEAST,
    @Description("An estimate: \"about 20\".") ABOUT
}
