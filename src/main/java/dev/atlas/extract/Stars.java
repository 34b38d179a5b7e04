package dev.atlas.extract;

import java.io.Serializable;

/**
 * A star count as an article states it.
 *
 * @param value the count as an integer ({@code 1.2k} is 1200, {@code 一万} is 10000)
 * @param approximate true when the article qualifies it ("接近", "over", "2500多", "5k+")
 */
public record Stars(long value, boolean approximate) implements Serializable {}
