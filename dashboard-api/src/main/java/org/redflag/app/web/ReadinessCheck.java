package org.redflag.app.web;

/**
 * One thing the server needs to do its work, checked by {@code GET /health/ready}. Implementations answer quickly
 * (bounded by their own timeouts) and never throw: a failure is a {@link Result} that says what is wrong.
 */
public interface ReadinessCheck {

    /** A short name shown in the readiness response, e.g. {@code elasticsearch} or {@code scheduler}. */
    String name();

    /** Checks now. */
    Result check();

    /** The outcome of a check: up or not, and a human-readable detail (never a secret). */
    record Result(boolean up, String detail) {
        public static Result up(String detail) {
            return new Result(true, detail);
        }

        public static Result down(String detail) {
            return new Result(false, detail);
        }
    }

    /** A check from a name and a function, for wiring: {@code ReadinessCheck.of("scheduler", () -> ...)}. */
    static ReadinessCheck of(String name, java.util.function.Supplier<Result> check) {
        return new ReadinessCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Result check() {
                try {
                    return check.get();
                } catch (RuntimeException e) {
                    return Result.down(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        };
    }
}
