package cn.gov.yingkou.sgpt.exchange.boundary;

import java.time.Instant;
import java.util.Objects;

import cn.gov.yingkou.sgpt.organisation.boundary.DocumentKind;

/**
 * A document another context hands over through the engine: of its kind, numbered, about a licence (if it concerns
 * one, with the licence's item), from one department to another, its content as JSON, made at {@code madeAt} (the
 * sender's clock runs from then), answering an earlier hand-over if it does.
 */
public record NewHandover(DocumentKind kind, String documentNumber, String licenceNumber, String itemCode,
        String fromDepartmentCode, String toDepartmentCode, String payload, Instant madeAt, Long answers) {

    public NewHandover {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(documentNumber);
        Objects.requireNonNull(fromDepartmentCode);
        Objects.requireNonNull(toDepartmentCode);
        Objects.requireNonNull(payload);
        Objects.requireNonNull(madeAt);
    }
}
