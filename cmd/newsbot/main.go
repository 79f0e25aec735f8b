// Command newsbot is the news-briefing bot: a console that answers the same
// commands as the Discord bot, the file and feed ingester, and the
// evaluation harness. Build and test with -tags sqlite_fts5.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

type subcommand struct {
	name    string
	summary string
	run     func(ctx context.Context, env *Env, args []string) error
}

var subcommands = []subcommand{
	{"console", "answer commands typed on stdin, as the bot would in chat (the default)", runConsole},
	{"run", "connect to Discord and answer commands there (needs DISCORD_TOKEN)", runDiscord},
	{"brief", "print one briefing: newsbot brief <topic>", runBrief},
	{"ingest", "add articles from files, folders, feeds or pages: newsbot ingest PATH|URL...", runIngest},
	{"feeds", "list feeds, or add, remove, pause, resume one: newsbot feeds [add URL]", runFeeds},
	{"poll", "check the feeds that are due (--once), or keep checking them", runPoll},
	{"digest", "preview a digest or list the scheduled ones: newsbot digest preview [topics] | list", runDigest},
	{"reindex", "re-analyse stored articles (sentences, quotes) with this version's engine", runReindex},
	{"eval", "measure summaries or quotes on benchmark data: newsbot eval summaries|quotes FILE.jsonl", runEval},
	{"train", "learn the quote extractor's model from annotated data: newsbot train quotes FILE.jsonl", runTrain},
	{"version", "print the version", func(_ context.Context, env *Env, _ []string) error {
		fmt.Fprintln(env.Stdout, "newsbot", version)
		return nil
	}},
}

// Env is the process's outside world, passed in so that tests can run
// subcommands in-process.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	env := &Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
	err := Main(ctx, env, os.Args[1:])
	stop()
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) && !errors.Is(err, errReported) {
			fmt.Fprintln(os.Stderr, "newsbot:", err)
		}
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		os.Exit(1)
	}
}

// errReported means the message was already printed.
var errReported = errors.New("reported")

// Main runs a subcommand; with none, the console.
func Main(ctx context.Context, env *Env, args []string) error {
	if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
		// About newsbot, not its default subcommand: the list of
		// subcommands, as "newsbot help" prints it.
		usage(env.Stdout)
		return nil
	}
	name := "console"
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		name, args = args[0], args[1:]
	}
	if name == "help" {
		usage(env.Stdout)
		return nil
	}
	for _, s := range subcommands {
		if s.name == name {
			return s.run(ctx, env, args)
		}
	}
	usage(env.Stderr)
	return fmt.Errorf("unknown subcommand %q", name)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Usage: newsbot [subcommand] [flags]")
	fmt.Fprintln(w)
	for _, s := range subcommands {
		fmt.Fprintf(w, "  %-9s %s\n", s.name, s.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "newsbot <subcommand> --help lists its flags and environment variables.")
}
