package briefings

import (
	"math"
)

// Weights are the parts of a sentence's score. Each can be set to zero to
// measure what it contributes (the ablation in `newsbot eval summaries`).
type Weights struct {
	Position   float64 // early sentences carry the news (the lead)
	Centrality float64 // similar to the rest of the article
	Title      float64 // shares words with the headline
	Length     bool    // discount fragments and run-ons
}

// DefaultWeights is the one configuration used everywhere: briefings,
// digests and the evaluation.
var DefaultWeights = Weights{Position: 1, Centrality: 1, Title: 0.5, Length: true}

// vector is a sparse term-weight vector with its norm.
type vector struct {
	w    map[string]float64
	norm float64
}

func newVector(terms []string, idf func(string) float64) vector {
	v := vector{w: make(map[string]float64, len(terms))}
	for _, t := range terms {
		v.w[t] += idf(t)
	}
	for _, x := range v.w {
		v.norm += x * x
	}
	v.norm = math.Sqrt(v.norm)
	return v
}

func cosine(a, b vector) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	if len(a.w) > len(b.w) {
		a, b = b, a
	}
	dot := 0.0
	for t, x := range a.w {
		dot += x * b.w[t]
	}
	return dot / (a.norm * b.norm)
}

// sentenceIDF weighs terms by how few of the article's sentences use them:
// the statistic available when an article is scored on its own.
func sentenceIDF(sents [][]string) func(string) float64 {
	df := map[string]int{}
	for _, s := range sents {
		seen := map[string]bool{}
		for _, t := range s {
			if !seen[t] {
				seen[t] = true
				df[t]++
			}
		}
	}
	n := float64(len(sents))
	return func(t string) float64 { return math.Log((n+1)/(float64(df[t])+0.5)) + 1 }
}

// ScoreArticle scores each sentence of one article on its own merits:
// position, centrality within the article and overlap with the title.
// sents are the sentences' terms (see Terms); unfit[i] marks sentences that
// must not be chosen (they score 0; nil means none). idf may be nil, in
// which case term weights come from the article's own sentences. Scores are
// in [0, 1], the best sentence scoring 1.
func ScoreArticle(title []string, sents [][]string, unfit []bool, idf func(string) float64, w Weights) []float64 {
	scores := make([]float64, len(sents))
	if len(sents) == 0 {
		return scores
	}
	if idf == nil {
		idf = sentenceIDF(sents)
	}
	vecs := make([]vector, len(sents))
	centroid := map[string]float64{}
	for i, s := range sents {
		vecs[i] = newVector(s, idf)
		if unfit == nil || !unfit[i] {
			for t, x := range vecs[i].w {
				centroid[t] += x
			}
		}
	}
	titleVec := newVector(title, idf)
	best := 0.0
	for i := range sents {
		if unfit != nil && unfit[i] || len(sents[i]) == 0 {
			continue
		}
		// Centrality: cosine with the rest of the article (the centroid
		// without this sentence), so a sentence is not central by
		// resembling itself.
		rest := vector{w: make(map[string]float64, len(centroid))}
		for t, x := range centroid {
			if y := x - vecs[i].w[t]; y > 1e-9 {
				rest.w[t] = y
				rest.norm += y * y
			}
		}
		rest.norm = math.Sqrt(rest.norm)
		s := w.Position*positionScore(i) + w.Centrality*cosine(vecs[i], rest) + w.Title*cosine(vecs[i], titleVec)
		if w.Length {
			s *= lengthFactor(len(sents[i]))
		}
		scores[i] = s
		best = max(best, s)
	}
	if best > 0 {
		for i := range scores {
			scores[i] /= best
		}
	}
	return scores
}

// positionScore favours the lead: 1 for the first sentence, falling off
// with the square root of the position.
func positionScore(i int) float64 { return 1 / math.Sqrt(float64(i+1)) }

// lengthFactor discounts sentences with few content words (fragments,
// attributions) and very long ones (run-ons, lists), by content terms.
func lengthFactor(n int) float64 {
	switch {
	case n < 4:
		return 0.3
	case n < 7:
		return 0.7
	case n > 45:
		return 0.8
	}
	return 1
}
