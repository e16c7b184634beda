package com.frameratr.platform.problems;

/**
 * The thing exists and the client may know it does, but not read it (403): a private profile's
 * diary seen by someone who does not follow it. Where even its existence is not the caller's to
 * know (a block), throw {@link NotFoundException} instead.
 */
public final class ForbiddenException extends DomainException {

    public ForbiddenException(String problemType, String message) {
        super(problemType, message);
    }
}
