package dev.raftlog.tck;

import dev.raftlog.tck.catalogue.Requirement;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the requirement(s) a kit test checks. The first is the one a failure is reported
 * against; runners and reports aggregate results by these IDs.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Verifies {
    Requirement[] value();
}
