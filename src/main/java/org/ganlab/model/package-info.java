/**
 * The networks: layers on libnd4j's fast ops with their own backward passes, and the generator and discriminator
 * built from a narrow {@link org.ganlab.model.NetworkSpec}.
 */
package org.ganlab.model;
