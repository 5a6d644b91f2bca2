package org.gkml.catalog.ledger;

import java.time.LocalDate;

/**
 * One record of the request register (依申请公开登记): an application for information, how and when it was answered,
 * and any review or lawsuit that followed. Immutable and thread-safe; any field may be null where the register leaves it
 * blank.
 *
 * @param id the office's own number (申请编号)
 * @param received the day the application counts as received
 * @param applicant who applied
 * @param supplement a supplement asked for (补正), or null
 * @param extended whether the reply period was extended (延期答复)
 * @param consultation a consultation of a third party or another body, or null
 * @param replied the day the reply went out
 * @param outcome the row of the annual report it is counted in; null when the register names none
 * @param outcomeText the outcome as the register words it (for findings about it)
 * @param review an administrative review, or null
 * @param litigation a lawsuit, or null
 * @param source where the record is in its register
 * @since 0.2
 */
public record Request(String id, LocalDate received, ApplicantType applicant, Supplement supplement, boolean extended,
                      Consultation consultation, LocalDate replied, Outcome outcome, String outcomeText, Review review,
                      Litigation litigation, String source) {

    /** A supplement (补正): the day the office asked for it, the day the completed application came back (or null). */
    public record Supplement(LocalDate requested, LocalDate received) {
    }

    /** A consultation (征求意见): the day it was sent, the day it was answered (or null). */
    public record Consultation(LocalDate sent, LocalDate answered) {
    }

    /** An administrative review (行政复议): its result and the day it was decided. */
    public record Review(DecisionResult result, LocalDate decided) {
    }

    /** A lawsuit (行政诉讼): after a review or not, its result and the day it was decided. */
    public record Litigation(boolean afterReview, DecisionResult result, LocalDate decided) {
    }
}
