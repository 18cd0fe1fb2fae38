package io.grouployalty.domain.org;

/** Why an org set-up cannot be applied, naming the field at fault (for example {@code tills[1].code}). */
public record SetupProblem(String field, String reason) {

    @Override
    public String toString() {
        return field + ": " + reason;
    }
}
