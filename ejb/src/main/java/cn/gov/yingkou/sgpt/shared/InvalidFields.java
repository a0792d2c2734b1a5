package cn.gov.yingkou.sgpt.shared;

import java.util.List;
import java.util.stream.Collectors;

/** A request refused for its fields: every bad field with its path, all found in one pass. Nothing was changed. */
public class InvalidFields extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public InvalidFields(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("；")));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
