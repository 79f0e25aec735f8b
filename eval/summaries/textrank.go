package summaries

import "math"

// TextRank's constants, as sumy's TextRankSummarizer sets them: the
// damping factor of the random walk, the change at which the power method
// stops, and the term that keeps a sentence with no edges from dividing
// by zero.
const (
	textRankDamping = 0.85
	textRankEpsilon = 1e-4
	textRankTiny    = 1e-7
	// textRankMaxIter bounds the power method; it converges in a few
	// dozen steps on news articles.
	textRankMaxIter = 1000
)

// TextRank scores sentences by the TextRank formula (Mihalcea and Tarau,
// 2004) as sumy's TextRankSummarizer computes it, the best peer on the BBC
// set: two sentences are joined by the number of word occurrences they
// share (every word of the first counted as often as it occurs in the
// second, a sentence joined to itself too) over the sum of the logarithms
// of their lengths, and a sentence's score is its share of a random walk
// over those links (stationary distribution, damping 0.85, found by the
// power method). sents are each sentence's words as the caller normalises
// them (briefings.Terms: stemmed, stop words dropped). The scores sum to 1
// when every sentence has a word (a sentence with none links nowhere).
//
// It is here to measure newsbot's scorer against, not to brief with: the
// edge weight grows with sentence length, so it prefers long sentences
// wherever they stand, which BBC's reference rewards and CNN/DM's
// human-written highlights do not.
func TextRank(sents [][]string) []float64 {
	n := len(sents)
	if n == 0 {
		return nil
	}
	w := make([][]float64, n)
	for i := range w {
		w[i] = make([]float64, n)
	}
	counts := make([]map[string]int, n)
	for i, s := range sents {
		counts[i] = map[string]int{}
		for _, t := range s {
			counts[i][t]++
		}
	}
	for i := range n {
		for j := i; j < n; j++ {
			v := textRankEdge(sents[i], counts[j], len(sents[j]))
			w[i][j], w[j][i] = v, v
		}
	}
	// Row-normalise, then walk: next[j] = sum_i p[i] * ((1-d)/n + d*w[i][j]/row[i]).
	for i := range w {
		row := textRankTiny
		for _, v := range w[i] {
			row += v
		}
		for j := range w[i] {
			w[i][j] /= row
		}
	}
	p := make([]float64, n)
	for i := range p {
		p[i] = 1 / float64(n)
	}
	next := make([]float64, n)
	for range textRankMaxIter {
		total := 0.0
		for _, x := range p {
			total += x
		}
		for j := range next {
			next[j] = (1 - textRankDamping) / float64(n) * total
		}
		for i, x := range p {
			for j, v := range w[i] {
				next[j] += textRankDamping * x * v
			}
		}
		change := 0.0
		for j := range p {
			change += (next[j] - p[j]) * (next[j] - p[j])
		}
		p, next = next, p
		if math.Sqrt(change) <= textRankEpsilon {
			break
		}
	}
	return p
}

// textRankEdge is the weight between a sentence with words a and one of
// nb words whose word counts are b: shared occurrences over log|a| +
// log nb, or the shared count itself when both logarithms are zero
// (one-word sentences).
func textRankEdge(a []string, b map[string]int, nb int) float64 {
	shared := 0
	for _, t := range a {
		shared += b[t]
	}
	if shared == 0 {
		return 0
	}
	norm := math.Log(float64(len(a))) + math.Log(float64(nb))
	if math.Abs(norm) < 1e-9 {
		return float64(shared)
	}
	return float64(shared) / norm
}
