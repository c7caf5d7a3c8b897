/**
 * A lesson in front of the class: {@link org.ganlab.ui.lesson.LessonModel} reads a lesson's file and walks its steps,
 * {@link org.ganlab.ui.lesson.LessonBar} shows where the lesson is and what the teacher says at this step.
 */
package org.ganlab.ui.lesson;
