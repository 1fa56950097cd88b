package org.frontline.live;

import java.util.List;

/**
 * One commit's changes of one subject (a strike, a region, a sanction, or any other fact), with
 * the subject as the read path reads it, read once by this replica for all its subscribers; or the
 * notice that the replica's database connection was lost ({@link ChangeKind#INTERRUPTED}).
 */
record LiveEvent(String subjectKind, Long subjectId, ChangeKind kind, List<RecordChange> changes, Object subject, Facts facts,
        String cursor) {

    static LiveEvent interrupted(String resumeAfter) {
        return new LiveEvent(null, null, ChangeKind.INTERRUPTED, List.of(), null, Facts.NONE, resumeAfter);
    }

    boolean interrupted() {
        return kind == ChangeKind.INTERRUPTED;
    }

    boolean about(String kind) {
        return kind.equals(subjectKind);
    }

    /** The weightiest of the changes' kinds (ChangeKind lists them heaviest first). */
    static ChangeKind weightiest(List<RecordChange> changes) {
        ChangeKind kind = changes.get(0).kind();
        for (RecordChange change : changes) {
            if (change.kind().ordinal() < kind.ordinal()) {
                kind = change.kind();
            }
        }
        return kind;
    }
}
