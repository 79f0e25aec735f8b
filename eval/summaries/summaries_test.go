package summaries

import (
	"math"
	"strings"
	"testing"
)

const twoArticles = `{"id": "a", "title": "Harbour reopens", "text": "x", "article_sentences": ["The harbour reopened on Monday.", "Ferries are back.", "A band played."], "summary_sentences": ["The harbour reopened on Monday.", "Ferries are back."]}

{"id": "b", "text": "y", "article_sentences": ["The bridge closed.", "Drivers must detour."], "summary_sentences": ["Bridge closed for repairs."], "category": "ignored"}
`

func TestLoad(t *testing.T) {
	arts, err := Load(strings.NewReader(twoArticles))
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 {
		t.Fatalf("loaded %d articles, want 2 (blank lines skipped)", len(arts))
	}
	a := arts[0]
	if a.ID != "a" || a.Title != "Harbour reopens" || len(a.Sentences) != 3 || len(a.Summary) != 2 {
		t.Errorf("article = %+v", a)
	}
	if arts[1].Title != "" {
		t.Errorf("article without a title has title %q", arts[1].Title)
	}
	if got, want := a.Reference(), "The harbour reopened on Monday.\nFerries are back."; got != want {
		t.Errorf("Reference() = %q, want %q", got, want)
	}
	if got, want := a.Candidate([]int{2, 0}), "A band played.\nThe harbour reopened on Monday."; got != want {
		t.Errorf("Candidate([2 0]) = %q, want %q (the order given)", got, want)
	}
}

func TestLoadErrors(t *testing.T) {
	for _, in := range []string{
		`{"id": "a", "article_sentences": ["x"]`,
		`{"id": "a", "article_sentences": ["x"], "summary_sentences": []}`,
	} {
		if _, err := Load(strings.NewReader(in)); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("Load(%q) error = %v, want one naming line 1", in, err)
		}
	}
	if _, err := LoadFile("testdata/does-not-exist.jsonl"); err == nil {
		t.Error("LoadFile of a missing file: no error")
	}
}

func TestScore(t *testing.T) {
	arts, err := Load(strings.NewReader(twoArticles))
	if err != nil {
		t.Fatal(err)
	}
	// Article a: the reference itself scores 1 on every measure. Article b:
	// nothing chosen scores 0. The mean is 50.
	r := Score(arts, [][]int{{0, 1}, nil})
	for name, got := range map[string]float64{"R1": r.R1, "R2": r.R2, "RLsum": r.RLsum} {
		if math.Abs(got-50) > 1e-9 {
			t.Errorf("%s = %v, want 50", name, got)
		}
	}
	if r.Articles != 2 || r.Sentences != 5 {
		t.Errorf("Articles, Sentences = %d, %d; want 2, 5", r.Articles, r.Sentences)
	}
	if r.SentencesPerSecond() != 0 {
		t.Errorf("speed without Elapsed = %v, want 0", r.SentencesPerSecond())
	}
	// "The bridge closed." against "Bridge closed for repairs.": 2 of 3
	// candidate unigrams, 2 of 4 reference ones; F = 2PR/(P+R) = 4/7.
	r = Score(arts[1:], [][]int{{0}})
	if want := 100 * 4.0 / 7; math.Abs(r.R1-want) > 1e-9 {
		t.Errorf("R1 = %v, want %v", r.R1, want)
	}
	if got := Score(nil, nil); got.Articles != 0 || got.R1 != 0 {
		t.Errorf("Score of nothing = %+v", got)
	}
}

func TestCompare(t *testing.T) {
	shifted := func(base []Scores, by Scores) []Scores {
		out := make([]Scores, len(base))
		for i, s := range base {
			for m := range s {
				out[i][m] = s[m] + by[m]
			}
		}
		return out
	}
	base := make([]Scores, 60)
	for i := range base {
		base[i] = Scores{float64(30 + i%17), float64(10 + i%7), float64(28 + i%13)}
	}

	t.Run("ahead everywhere", func(t *testing.T) {
		c := Compare(shifted(base, Scores{1, 1, 1}), base, 500, 1)
		for m := range 3 {
			if math.Abs(c.Diff[m]-1) > 1e-9 || math.Abs(c.Spread[m].Lo-1) > 1e-9 || math.Abs(c.Spread[m].Hi-1) > 1e-9 || c.Ahead[m] != 1 {
				t.Errorf("measure %d: diff %v spread %v ahead %v, want 1 [1, 1] 1", m, c.Diff[m], c.Spread[m], c.Ahead[m])
			}
		}
		if c.AheadAll != 1 {
			t.Errorf("ahead on all three in %v of resamples, want 1", c.AheadAll)
		}
	})
	t.Run("level counts as ahead, behind on one measure", func(t *testing.T) {
		c := Compare(shifted(base, Scores{0, -0.5, 2}), base, 500, 1)
		if want := [3]float64{1, 0, 1}; c.Ahead != want {
			t.Errorf("ahead %v, want %v", c.Ahead, want)
		}
		if c.AheadAll != 0 {
			t.Errorf("ahead on all three in %v of resamples, want 0", c.AheadAll)
		}
	})
	t.Run("mixed", func(t *testing.T) {
		// Articles alternate +2 and -1 on R-1: the mean difference is
		// +0.5 with a standard error of 1.5/sqrt(60) ≈ 0.19, so the
		// interval is about [0.12, 0.88] and nearly every resample is
		// ahead.
		sys := make([]Scores, len(base))
		for i := range base {
			d := 2.0
			if i%2 == 1 {
				d = -1
			}
			sys[i] = Scores{base[i][0] + d, base[i][1], base[i][2]}
		}
		c := Compare(sys, base, 4000, 1)
		if math.Abs(c.Diff[0]-0.5) > 1e-9 {
			t.Errorf("ΔR-1 %v, want 0.5", c.Diff[0])
		}
		if lo, hi := c.Spread[0].Lo, c.Spread[0].Hi; lo < 0.05 || lo > 0.2 || hi < 0.8 || hi > 0.95 {
			t.Errorf("ΔR-1 interval [%.3f, %.3f], want about [0.12, 0.88]", lo, hi)
		}
		if c.Ahead[0] < 0.98 || c.Ahead[0] == 1 {
			t.Errorf("R-1 ahead in %v of resamples, want about 0.995", c.Ahead[0])
		}
	})
	t.Run("nothing to compare", func(t *testing.T) {
		if c := Compare(nil, nil, 100, 1); c != (Comparison{}) {
			t.Errorf("Compare of no articles = %+v, want the zero value", c)
		}
	})
}
