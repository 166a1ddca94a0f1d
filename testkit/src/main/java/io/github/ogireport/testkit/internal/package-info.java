/** Implementation of the test kit; not API, may change without notice. */
package io.github.ogireport.testkit.internal;
