package summaries

import (
	"math"
	"strings"
	"testing"
)

func TestTextRankEdge(t *testing.T) {
	counts := func(s string) map[string]int {
		m := map[string]int{}
		for _, w := range strings.Fields(s) {
			m[w]++
		}
		return m
	}
	tests := []struct {
		a, b string
		want float64
	}{
		{"budget vote", "budget delay", 1 / (2 * math.Log(2))},
		// every occurrence in b of each word of a counts
		{"budget vote", "budget budget delay", 2 / (math.Log(2) + math.Log(3))},
		{"budget budget", "budget delay", 2 / (2 * math.Log(2))},
		{"budget vote", "budget vote", 2 / (2 * math.Log(2))},
		{"budget vote", "rain snow", 0},
		// one word each: the logarithms are zero, the count stands
		{"budget", "budget", 1},
	}
	for _, tt := range tests {
		if got := textRankEdge(strings.Fields(tt.a), counts(tt.b), len(strings.Fields(tt.b))); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("textRankEdge(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestTextRankStationary checks the scores are the random walk's
// stationary distribution: one more step of the walk, computed here from
// the edge weights on its own, leaves them where they are.
func TestTextRankStationary(t *testing.T) {
	sents := [][]string{
		strings.Fields("senat pass budget vote late night"),
		strings.Fields("budget vote delay senat leader"),
		strings.Fields("rain expect weekend"),
		strings.Fields("leader said budget would pass senat vote week budget"),
		strings.Fields("museum open"),
	}
	p := TextRank(sents)
	n := len(sents)
	sum := 0.0
	for _, x := range p {
		sum += x
	}
	if math.Abs(sum-1) > 1e-4 { // the walk stops within textRankEpsilon
		t.Fatalf("scores sum to %v, want 1", sum)
	}
	w := make([][]float64, n)
	for i := range n {
		w[i] = make([]float64, n)
		m := map[string]int{}
		for j := range n {
			clear(m)
			for _, s := range sents[j] {
				m[s]++
			}
			w[i][j] = textRankEdge(sents[i], m, len(sents[j]))
		}
	}
	for j := range n {
		next := 0.0
		for i := range n {
			row := textRankTiny
			for _, v := range w[i] {
				row += v
			}
			next += p[i] * ((1-textRankDamping)/float64(n) + textRankDamping*w[i][j]/row)
		}
		if math.Abs(next-p[j]) > 1e-4 {
			t.Errorf("sentence %d: score %v moves to %v in one more step", j, p[j], next)
		}
	}
	// A sentence that shares no word with another is linked only to
	// itself: the walk keeps what it has there, and it holds its 1/n.
	for _, lone := range []int{2, 4} {
		if math.Abs(p[lone]-1/float64(n)) > 1e-4 {
			t.Errorf("isolated sentence %d scores %v, want 1/%d", lone, p[lone], n)
		}
	}
	// Of the linked ones, the longest keeps the most (its link to itself
	// weighs most).
	if p[3] <= p[0] || p[3] <= p[1] {
		t.Errorf("scores %v: the longest linked sentence (3) should rank first", p)
	}
}

func TestTextRankEdgeCases(t *testing.T) {
	if got := TextRank(nil); got != nil {
		t.Errorf("TextRank(nil) = %v, want nil", got)
	}
	// A sentence with no words links nowhere; the others still rank.
	p := TextRank([][]string{{"budget", "vote"}, nil, {"budget", "delay"}})
	if len(p) != 3 || p[1] >= p[0] || math.IsNaN(p[0]) {
		t.Errorf("TextRank with an empty sentence = %v", p)
	}
}
