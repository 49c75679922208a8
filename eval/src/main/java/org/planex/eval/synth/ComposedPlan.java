package org.planex.eval.synth;

import java.util.List;
import org.planex.eval.gold.GoldCitation;
import org.planex.eval.gold.GoldDeadline;
import org.planex.model.Body;
import org.planex.model.Metadata;
import org.planex.model.Quota;

/**
 * A generated plan: its clean layout, and what its gold says besides the sections (which {@link GoldAssembler}
 * reads off the layout in the arrangement of the format written).
 *
 * @param identityPrinted whether the plan prints its own number and date (in its header or its appendix)
 */
public record ComposedPlan(PlanFacts facts, SynthDocument document, boolean identityPrinted, String title,
    Metadata.Signer signer, List<String> recipients, List<GoldCitation> citations, List<Body> bodies, List<Quota> quotas,
    List<GoldDeadline> deadlines) {}
