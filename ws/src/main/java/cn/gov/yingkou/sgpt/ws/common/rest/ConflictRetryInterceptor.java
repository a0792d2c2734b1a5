package cn.gov.yingkou.sgpt.ws.common.rest;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import cn.gov.yingkou.sgpt.platform.boundary.ConflictRetry;

/**
 * Runs a resource method again, in a new transaction, when the domain call it made lost an optimistic-lock race, so
 * that a REST caller gets the operation's answer (the signed push, or the refusal a late sign gets) instead of a 500.
 * Resource methods run outside any transaction: each boundary call is its own.
 */
@RetryOnConflict
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ConflictRetryInterceptor {

    @AroundInvoke
    public Object retry(InvocationContext invocation) throws Exception {
        try {
            return ConflictRetry.run(() -> {
                try {
                    return invocation.proceed();
                } catch (RuntimeException failure) {
                    throw failure;
                } catch (Exception checked) {
                    throw new Checked(checked);
                }
            });
        } catch (Checked wrapped) {
            throw wrapped.checked;
        }
    }

    /** Carries a checked exception of the resource method through the retry unchanged. */
    private static final class Checked extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Exception checked;

        Checked(Exception checked) {
            super(checked);
            this.checked = checked;
        }
    }
}
