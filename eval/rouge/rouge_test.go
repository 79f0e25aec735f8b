package rouge

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
)

// vector is one line of testdata/rouge-vectors.jsonl: synthetic inputs with
// the tokens and scores Google's rouge_score produced for them.
type vector struct {
	Reference  string                    `json:"reference"`
	Candidate  string                    `json:"candidate"`
	UseStemmer bool                      `json:"use_stemmer"`
	RefTokens  []string                  `json:"ref_tokens"`
	CandTokens []string                  `json:"cand_tokens"`
	Rouge1     struct{ P, R, F float64 } `json:"rouge1"`
	Rouge2     struct{ P, R, F float64 } `json:"rouge2"`
	RougeL     struct{ P, R, F float64 } `json:"rougeL"`
	RougeLsum  struct{ P, R, F float64 } `json:"rougeLsum"`
}

func readVectors(t *testing.T) []vector {
	t.Helper()
	f, err := os.Open("testdata/rouge-vectors.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var vs []vector
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var v vector
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatal(err)
		}
		vs = append(vs, v)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return vs
}

func TestVectors(t *testing.T) {
	vs := readVectors(t)
	if len(vs) != 26 {
		t.Fatalf("read %d vectors, want 26", len(vs))
	}
	for i, v := range vs {
		gotRef, gotCand := Tokenize(v.Reference, v.UseStemmer), Tokenize(v.Candidate, v.UseStemmer)
		if !slices.Equal(gotRef, v.RefTokens) && !(len(gotRef) == 0 && len(v.RefTokens) == 0) {
			t.Errorf("vector %d: Tokenize(%q, %v) = %q, want %q", i+1, v.Reference, v.UseStemmer, gotRef, v.RefTokens)
		}
		if !slices.Equal(gotCand, v.CandTokens) && !(len(gotCand) == 0 && len(v.CandTokens) == 0) {
			t.Errorf("vector %d: Tokenize(%q, %v) = %q, want %q", i+1, v.Candidate, v.UseStemmer, gotCand, v.CandTokens)
		}
		got := Scorer{Stem: v.UseStemmer}.Score(v.Reference, v.Candidate)
		for _, c := range []struct {
			name string
			got  Score
			want struct{ P, R, F float64 }
		}{
			{"rouge1", got.R1, v.Rouge1},
			{"rouge2", got.R2, v.Rouge2},
			{"rougeL", got.RL, v.RougeL},
			{"rougeLsum", got.RLsum, v.RougeLsum},
		} {
			want := Score(c.want)
			if !near(c.got, want) {
				t.Errorf("vector %d (stem %v) %s: got %+v, want %+v\nreference %q\ncandidate %q",
					i+1, v.UseStemmer, c.name, c.got, want, v.Reference, v.Candidate)
			}
		}
	}
}

func near(a, b Score) bool {
	const eps = 5e-5 // agreement to 4 decimals
	return math.Abs(a.P-b.P) < eps && math.Abs(a.R-b.R) < eps && math.Abs(a.F-b.F) < eps
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		stem bool
		want []string
	}{
		{"", false, nil},
		{"  --  ", false, nil},
		{"Hello, World!", false, []string{"hello", "world"}},
		{"U.S.-led\tforces\nadvanced", false, []string{"u", "s", "led", "forces", "advanced"}},
		{"3.5% of $20bn", false, []string{"3", "5", "of", "20bn"}},
		{"naïve café", false, []string{"na", "ve", "caf"}},
		// Python lower-cases KELVIN SIGN to "k" and İ to "i" plus a
		// combining dot, which separates.
		{"200\u212a İstanbul", false, []string{"200k", "i", "stanbul"}},
		{"running runners ran", true, []string{"run", "runner", "ran"}},
		// Only tokens longer than three characters are stemmed.
		{"was this dies", true, []string{"was", "thi", "die"}},
	}
	for _, tt := range tests {
		if got := Tokenize(tt.in, tt.stem); !slices.Equal(got, tt.want) {
			t.Errorf("Tokenize(%q, %v) = %q, want %q", tt.in, tt.stem, got, tt.want)
		}
	}
}

// TestSummaryLCSBacktrack pins the LCS that rouge_score reads out when
// several are equally long: the union, and so ROUGE-Lsum, depends on it.
func TestSummaryLCSBacktrack(t *testing.T) {
	// Reference "a b", candidates "b a" and "a": rouge_score's backtrack
	// picks "a" (position 0) from "b a"; hits are 1 of 2 reference tokens.
	got := Scorer{}.Score("a b", "b a\na").RLsum
	want := Score{P: 1.0 / 3, R: 0.5, F: 0.4}
	if !near(got, want) {
		t.Errorf("RLsum = %+v, want %+v", got, want)
	}
}

func BenchmarkScore(b *testing.B) {
	ref := strings.Repeat("The president said on Tuesday that the economy grew faster than expected.\n", 3)
	cand := strings.Repeat("Officials reported that economic growth was stronger than forecasts had suggested.\n", 3)
	s := Scorer{Stem: true}
	for b.Loop() {
		s.Score(ref, cand)
	}
}

func FuzzScore(f *testing.F) {
	f.Add("the cat sat on the mat", "the cat was on the mat", true)
	f.Add("a\nb c\n\n", "c b\na", false)
	f.Add("İ\u212a\xff", "", true)
	f.Fuzz(func(t *testing.T, ref, cand string, stem bool) {
		s := Scorer{Stem: stem}
		got := s.Score(ref, cand)
		for _, sc := range []Score{got.R1, got.R2, got.RL, got.RLsum} {
			for _, x := range []float64{sc.P, sc.R, sc.F} {
				if !(x >= 0 && x <= 1) {
					t.Fatalf("Score(%q, %q) = %+v: value outside [0, 1]", ref, cand, got)
				}
			}
		}
		for _, tok := range Tokenize(ref, stem) {
			if tok == "" || strings.Trim(tok, "abcdefghijklmnopqrstuvwxyz0123456789") != "" {
				t.Fatalf("Tokenize(%q) gave token %q outside [a-z0-9]+", ref, tok)
			}
		}
		// A text scores perfectly against itself whenever it has tokens.
		if len(Tokenize(ref, stem)) > 0 {
			self := s.Score(ref, ref)
			for _, sc := range []Score{self.R1, self.RL, self.RLsum} {
				if math.Abs(sc.F-1) > 1e-12 {
					t.Fatalf("Score(%q, itself) = %+v, want F = 1", ref, self)
				}
			}
		}
	})
}
