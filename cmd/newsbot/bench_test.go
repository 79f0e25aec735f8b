package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/briefings"
	"github.com/newsbot-dev/newsbot/sqlite"
)

// syntheticArchive fills a database with n generated articles of 25
// sentences each over a Zipf-distributed vocabulary; one in ten is about
// "syria". The text is nonsense, but sizes and term statistics are those
// of a news archive, which is what retrieval and scoring cost depends on.
func syntheticArchive(b *testing.B, n int) *sqlite.DB {
	b.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	vocab := make([]string, 5000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%dx", i)
	}
	zipf := rand.NewZipf(rng, 1.1, 2, uint64(len(vocab)-1))
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < n; i++ {
		var paras []string
		for s := 0; s < 25; s++ {
			words := make([]string, 20)
			for k := range words {
				words[k] = vocab[zipf.Uint64()]
			}
			if i%10 == 0 && s%4 == 0 {
				words[rng.IntN(20)] = "Syria"
			}
			words[0] = strings.ToUpper(words[0][:1]) + words[0][1:]
			paras = append(paras, strings.Join(words, " ")+".")
		}
		a := &newsbot.Article{URL: fmt.Sprintf("https://example.org/%d", i), Title: "Report " + vocab[zipf.Uint64()],
			Outlet: fmt.Sprintf("Outlet %d", i%20), Published: start.Add(time.Duration(i) * time.Hour), Body: strings.Join(paras, "\n\n")}
		briefings.Analyze(a)
		if _, err := db.UpsertArticle(ctx, a); err != nil {
			b.Fatal(err)
		}
	}
	return db
}

// BenchmarkBrief measures one !brief end to end below the chat layer:
// search, load, term statistics, scoring, selection. A topic of two words
// also looks for follow-ups (articles with one of the words). Run with
//
//	go test -tags sqlite_fts5 ./cmd/newsbot -run '^$' -bench Brief -count 6
func BenchmarkBrief(b *testing.B) {
	for _, n := range []int{1000, 5000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			db := syntheticArchive(b, n)
			defer db.Close()
			e := &briefings.Engine{Store: db}
			now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
			for _, topic := range []string{"syria", "syria w1500x"} {
				b.Run("topic="+strings.ReplaceAll(topic, " ", "_"), func(b *testing.B) {
					for b.Loop() {
						br, err := e.Brief(context.Background(), topic, now)
						if err != nil || len(br.Sentences) == 0 {
							b.Fatalf("Brief: %v, %d sentences", err, len(br.Sentences))
						}
					}
				})
			}
		})
	}
}
