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

// Score scores each article's chosen sentences; chosen[i] are indexes into
// articles[i].Sentences.
func Score(articles []Article, chosen [][]int) Report {
	r := Report{Articles: len(articles)}
	if len(articles) == 0 {
		return r
	}
	sc := rouge.Scorer{Stem: true}
	for i, a := range articles {
		r.Sentences += len(a.Sentences)
		var c []int
		if i < len(chosen) {
			c = chosen[i]
		}
		s := sc.Score(a.Reference(), a.Candidate(c))
		r.R1 += s.R1.F
		r.R2 += s.R2.F
		r.RLsum += s.RLsum.F
	}
	n := float64(len(articles))
	r.R1, r.R2, r.RLsum = 100*r.R1/n, 100*r.R2/n, 100*r.RLsum/n
	return r
}
