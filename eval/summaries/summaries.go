// Package summaries scores extractive summaries against reference
// summaries with ROUGE, by the protocol in the project's eval README
// ("Summaries: ROUGE, exactly as Google's rouge_score with stemming"):
// a system picks whole sentences from each article's article_sentences,
// the candidate is the picked sentences joined by newlines, the reference
// is summary_sentences joined by newlines, and the corpus score is the mean
// of per-article F1, times 100.
package summaries

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/newsbot-dev/newsbot/eval/bootstrap"
	"github.com/newsbot-dev/newsbot/eval/jsonl"
	"github.com/newsbot-dev/newsbot/eval/rouge"
)

// Article is one article with its reference summary.
type Article struct {
	ID    string `json:"id"`
	Title string `json:"title"` // empty when the set has none (CNN/DM)
	Text  string `json:"text"`
	// Sentences are the units a system chooses from and the reference was
	// built from.
	Sentences []string `json:"article_sentences"`
	Summary   []string `json:"summary_sentences"`
}

// Load reads articles, one JSON object a line.
func Load(r io.Reader) ([]Article, error) {
	var out []Article
	err := jsonl.Each(r, func(line int, a Article) error {
		if len(a.Summary) == 0 {
			return fmt.Errorf("line %d (%q): no summary_sentences", line, a.ID)
		}
		out = append(out, a)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("summaries: %w", err)
	}
	return out, nil
}

// LoadFile reads a jsonl file of articles.
func LoadFile(path string) ([]Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("summaries: %w", err)
	}
	defer f.Close()
	return Load(f)
}

// Report is the score of a run over a set of articles.
type Report struct {
	Articles  int
	Sentences int     // article sentences the system chose from
	R1, R2    float64 // mean F1 × 100
	RLsum     float64 // mean summary-level LCS F1 × 100
	// Elapsed is the time the system took to choose, when the caller
	// measured it; zero otherwise.
	Elapsed time.Duration
}

// SentencesPerSecond is the selection speed, 0 when not measured.
func (r Report) SentencesPerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Sentences) / r.Elapsed.Seconds()
}

func (r Report) String() string {
	s := fmt.Sprintf("articles %d  sentences %d  ROUGE-1 %.2f  ROUGE-2 %.2f  ROUGE-Lsum %.2f", r.Articles, r.Sentences, r.R1, r.R2, r.RLsum)
	if sps := r.SentencesPerSecond(); sps > 0 {
		s += fmt.Sprintf("  (%.0f sentences/s)", sps)
	}
	return s
}

// Candidate is the summary a choice of sentences makes: the sentences at
// the chosen indexes, in the order given, one a line.
func (a Article) Candidate(chosen []int) string {
	parts := make([]string, 0, len(chosen))
	for _, i := range chosen {
		parts = append(parts, a.Sentences[i])
	}
	return strings.Join(parts, "\n")
}

// Reference is the reference summary, one sentence a line.
func (a Article) Reference() string { return strings.Join(a.Summary, "\n") }

// Scores are one article's ROUGE-1, ROUGE-2 and ROUGE-Lsum F1, × 100.
type Scores [3]float64

// ScoreEach scores each article's chosen sentences; chosen[i] are indexes
// into articles[i].Sentences.
func ScoreEach(articles []Article, chosen [][]int) []Scores {
	sc := rouge.Scorer{Stem: true}
	out := make([]Scores, len(articles))
	for i, a := range articles {
		var c []int
		if i < len(chosen) {
			c = chosen[i]
		}
		s := sc.Score(a.Reference(), a.Candidate(c))
		out[i] = Scores{100 * s.R1.F, 100 * s.R2.F, 100 * s.RLsum.F}
	}
	return out
}

// Score is the mean of ScoreEach over the articles.
func Score(articles []Article, chosen [][]int) Report {
	r := Report{Articles: len(articles)}
	if len(articles) == 0 {
		return r
	}
	for _, a := range articles {
		r.Sentences += len(a.Sentences)
	}
	var sum Scores
	for _, s := range ScoreEach(articles, chosen) {
		for m := range sum {
			sum[m] += s[m]
		}
	}
	n := float64(len(articles))
	r.R1, r.R2, r.RLsum = sum[0]/n, sum[1]/n, sum[2]/n
	return r
}

// Comparison is how a system's scores stand against a baseline's on the
// same articles, and how far that could move on another sample of as many
// articles from the same source (a paired bootstrap).
type Comparison struct {
	Diff     Scores                // mean of system minus baseline
	Spread   [3]bootstrap.Interval // 95% of the resampled mean differences
	Ahead    [3]float64            // share of resamples where the system is level or ahead, per measure
	AheadAll float64               // share of resamples where it is level or ahead on all three
}

// Compare resamples the articles n times (seed fixes the draws) and
// compares system's mean scores with base's on each resample.
func Compare(system, base []Scores, n int, seed uint64) Comparison {
	var c Comparison
	k := min(len(system), len(base))
	if k == 0 || n <= 0 {
		return c
	}
	diff := make([]Scores, k)
	for i := range diff {
		for m := range diff[i] {
			diff[i][m] = system[i][m] - base[i][m]
			c.Diff[m] += diff[i][m] / float64(k)
		}
	}
	means := [3][]float64{}
	bootstrap.Each(k, 0, n, seed, func(idx []int) {
		var sum Scores
		for _, i := range idx {
			for m := range sum {
				sum[m] += diff[i][m]
			}
		}
		all := true
		for m := range sum {
			means[m] = append(means[m], sum[m]/float64(k))
			if sum[m] >= -1e-9 {
				c.Ahead[m]++
			} else {
				all = false
			}
		}
		if all {
			c.AheadAll++
		}
	})
	for m := range means {
		c.Spread[m] = bootstrap.Central(means[m])
		c.Ahead[m] /= float64(n)
	}
	c.AheadAll /= float64(n)
	return c
}
