package org.crossforce.web;

import org.crossforce.forces.UnknownForceException;
import org.crossforce.shared.NotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Turns the errors a caller can fix into a 4xx with a {@code reason}, so that no Elasticsearch
 * or Java detail ever reaches a user.
 */
@RestControllerAdvice
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(UnknownForceException.class)
    ProblemDetail unknownForce(UnknownForceException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    ProblemDetail badRequest(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "The upload is larger than this Crossforce accepts ("
                + "spring.servlet.multipart.max-file-size and max-request-size).");
    }

    @ExceptionHandler(NotPermittedException.class)
    ProblemDetail notPermitted(NotPermittedException e) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String reason) {
        log.debug("{}: {}", status, reason);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, reason);
        problem.setProperty("reason", reason);
        return problem;
    }
}
