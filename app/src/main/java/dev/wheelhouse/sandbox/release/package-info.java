/**
 * What a release run leaves behind in the sandbox: every {@code upload-artifact} step's artifact, holding real
 * wheels (zips whose {@code .dist-info} agrees with their names) and sdists named as cibuildwheel and the build
 * frontends name them, stored on disk and served through the blob host; the environments' protection rules and
 * the reviews of waiting deployments; and the faults a release check must find.
 */
package dev.wheelhouse.sandbox.release;
