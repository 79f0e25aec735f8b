// Package bootstrap estimates how far a benchmark figure could move on
// another sample of articles of the same size: it resamples the articles
// with replacement and recomputes the figure on each resample (Efron's
// percentile bootstrap). The evaluation sets hold a hundred articles or so,
// where a point of ROUGE or F1 is within the noise; the spread says which
// differences a different sample would keep.
package bootstrap

import (
	"math"
	"math/rand/v2"
	"slices"
)

// Each calls fn once for each of n resamples of a set of items articles,
// with the indexes of the articles drawn: size of them, with replacement
// (items of them when size is 0 or less). A size other than the set's
// asks how a figure would spread on sets of that size: the held-out
// predictions of a whole training file, drawn in sets as small as the
// test set, say. idx is reused between calls. The draws depend only on
// items, size, n and seed.
func Each(items, size, n int, seed uint64, fn func(idx []int)) {
	if items <= 0 {
		return
	}
	if size <= 0 {
		size = items
	}
	rng := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	idx := make([]int, size)
	for range n {
		for j := range idx {
			idx[j] = rng.IntN(items)
		}
		fn(idx)
	}
}

// Interval is the central 95% of a statistic's values over the resamples.
type Interval struct{ Lo, Hi float64 }

// Central returns the 2.5th and 97.5th percentiles of values, which it
// sorts. Both are NaN when there are no values.
func Central(values []float64) Interval {
	if len(values) == 0 {
		return Interval{math.NaN(), math.NaN()}
	}
	slices.Sort(values)
	return Interval{percentile(values, 0.025), percentile(values, 0.975)}
}

// Share returns the fraction of values that are at least atLeast: how
// often a figure reaches a target over the resamples. It is 0 for no
// values.
func Share(values []float64, atLeast float64) float64 {
	if len(values) == 0 {
		return 0
	}
	n := 0
	for _, v := range values {
		if v >= atLeast {
			n++
		}
	}
	return float64(n) / float64(len(values))
}

// percentile interpolates linearly between the two nearest ranks of sorted.
func percentile(sorted []float64, p float64) float64 {
	pos := p * float64(len(sorted)-1)
	lo := int(math.Floor(pos))
	hi := min(lo+1, len(sorted)-1)
	return sorted[lo] + (pos-float64(lo))*(sorted[hi]-sorted[lo])
}
