package quotes

import (
	"fmt"
	"os"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// concurrencyPieces are short news paragraphs in our own words, with
// direct, mixed and indirect quotes, pronouns, odd marks and letters
// outside ASCII, joined below into texts of many lengths.
var concurrencyPieces = []string{
	`“We will rebuild the bridge before winter,” Mayor Dana Okafor said on Tuesday.`,
	`Okafor said the city had set aside $4.2 million. She added that the work would start in May.`,
	`The council issued a statement saying the vote was “a step forward for every district.”`,
	`According to the transit agency, ridership rose 12 percent last year, a figure that surprised planners.`,
	`PRICE: We have no plan to raise fares.` + "\n\n" + `MOORE: Then who pays for it?`,
	`Renée Côté, a spokeswoman for the ministry, told reporters the talks were “très difficiles.”`,
	`“Не будет никаких уступок,” заявил министр Сергей Волков.`,
	`市长说：“我们会按时完成。” He later said the statement had been mistranslated.`,
	`McDONALD'S said in a filing that sales fell. The WHO warned that cases were rising 🚑 across the region.`,
	`Jean O’Neill’s lawyer, Priya Nandakumar, said her client “did nothing wrong,” and denied the report through a spokeswoman.`,
	`''It is too early to tell,'' said Dr. Elena Ruiz of the state health department.`,
	`The senator, who last month promised a vote, has not said when it will happen. “Soon,” he told the crowd at a rally.`,
	`Asked whether she would run, Governor Ines Park replied: “I have not decided.”`,
	`Supporters chanted “Four more years!” as the candidate took the stage.`,
	`— — — ! ? … “ ” ‘ ’ '' ` + "``" + ` -- ; :`,
	strings.Repeat("Antidisestablishmentarianism", 40) + ` said nothing, said the clerk.`,
	`The agency released its findings Wednesday, concluding that the dam was safe. Critics called the report “a whitewash.”`,
	`Engineers on both crews insist the plan will work, but residents said they were not consulted and would sue.`,
}

// concurrencyTexts joins the pieces into texts of one to many
// paragraphs, each a different mix, so that the pooled buffers are
// reused across texts of different lengths and words.
func concurrencyTexts(t *testing.T) []string {
	t.Helper()
	var texts []string
	texts = append(texts, "", " ", "\n\n", "“", "said", "...", "🚑")
	texts = append(texts, concurrencyPieces...)
	n := len(concurrencyPieces)
	for i := range n {
		var b strings.Builder
		for j := 0; j <= i; j++ {
			if j > 0 {
				b.WriteString("\n\n")
			}
			b.WriteString(concurrencyPieces[(i*7+j*3)%n])
		}
		texts = append(texts, b.String())
	}
	if b, err := os.ReadFile("testdata/annan-presses-russia-on-syria.txt"); err == nil {
		texts = append(texts, string(b), string(b)+"\n\n"+strings.Join(concurrencyPieces, "\n\n"))
	} else {
		t.Fatal(err)
	}
	// A long text and a short one right after it: a buffer left by the
	// long one must not show through in the short one's result.
	texts = append(texts, strings.Repeat(strings.Join(concurrencyPieces, "\n\n")+"\n\n", 6), concurrencyPieces[0])
	return texts
}

// TestExtractConcurrent extracts many different texts from several
// goroutines at once and compares each result with the one extracted
// alone: the buffers Extract takes from and gives back to its pools,
// and the word-list bits built once on first use, must neither race nor
// carry one text's data into another's result. Run it with -race.
func TestExtractConcurrent(t *testing.T) {
	texts := concurrencyTexts(t)
	for _, e := range []Extractor{{Model: defaultModel}, {}} {
		// Each text alone, with the pools emptied before it, then again
		// in the reverse order with the pools as the others left them.
		want := make([][]Attribution, len(texts))
		for i, text := range texts {
			runtime.GC()
			runtime.GC() // a pool's items survive one collection
			want[i] = e.Extract(text)
		}
		for i := len(texts) - 1; i >= 0; i-- {
			if got := e.Extract(texts[i]); !reflect.DeepEqual(got, want[i]) {
				t.Fatalf("text %d: second extraction differs from the first:\n got %+v\nwant %+v", i, got, want[i])
			}
		}
		const workers, rounds = 8, 3
		var wg sync.WaitGroup
		errs := make(chan string, workers)
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for r := range rounds {
					for j := range texts {
						i := (j*(w+1) + r + w) % len(texts) // each worker in its own order
						if got := e.Extract(texts[i]); !reflect.DeepEqual(got, want[i]) {
							errs <- fmt.Sprintf("worker %d, text %d: got %+v\nwant %+v", w, i, got, want[i])
							return
						}
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for msg := range errs {
			t.Error(msg)
		}
	}
}

// TestExtractResultOutlivesBuffers checks that nothing an Attribution
// holds points into a buffer Extract gives back: the names and spans of
// one text's result stay as they were after many other texts are
// extracted.
func TestExtractResultOutlivesBuffers(t *testing.T) {
	texts := concurrencyTexts(t)
	first := make([][]Attribution, len(texts))
	copies := make([]string, len(texts))
	for i, text := range texts {
		first[i] = Extract(text)
		copies[i] = fmt.Sprintf("%+v", first[i]) // a deep copy, as text
	}
	for range 3 {
		for i := len(texts) - 1; i >= 0; i-- {
			Extract(texts[i])
		}
	}
	for i := range texts {
		if got := fmt.Sprintf("%+v", first[i]); got != copies[i] {
			t.Errorf("text %d: result changed after later extractions:\n now %s\nwas %s", i, got, copies[i])
		}
	}
}
