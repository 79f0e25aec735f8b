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

// Each calls fn once for each of n resamples of items articles, with the
// indexes of the articles drawn (with replacement, items of them). idx is
// reused between calls. The draws depend only on items, n and seed.
func Each(items, n int, seed uint64, fn func(idx []int)) {
	if items <= 0 {
		return
	}
	rng := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	idx := make([]int, items)
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

// percentile interpolates linearly between the two nearest ranks of sorted.
func percentile(sorted []float64, p float64) float64 {
	pos := p * float64(len(sorted)-1)
	lo := int(math.Floor(pos))
	hi := min(lo+1, len(sorted)-1)
	return sorted[lo] + (pos-float64(lo))*(sorted[hi]-sorted[lo])
}
