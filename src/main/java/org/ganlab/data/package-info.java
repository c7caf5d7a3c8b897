/**
 * Training images: MNIST read from IDX files, picture folders decoded and resized (with bounds on how many and how
 * large), each returned with what loading had to say ({@link org.ganlab.data.ImageDataset#note()}).
 */
package org.ganlab.data;
