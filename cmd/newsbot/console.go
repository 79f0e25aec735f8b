package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/commands"
	"github.com/newsbot-dev/newsbot/ingest"
)

// setup parses a subcommand's flags and opens the app.
func setup(ctx context.Context, env *Env, name, argsHelp string, args []string, withSample bool) (*app, *flag.FlagSet, error) {
	fs, values := flagSet(env, name, argsHelp)
	if err := parseArgs(fs, args); err != nil {
		return nil, nil, err
	}
	cfg, err := parseConfig(values)
	if err != nil {
		return nil, nil, err
	}
	a, err := openApp(ctx, cfg, env, withSample)
	if err != nil {
		return nil, nil, err
	}
	return a, fs, nil
}

// isTerminal reports whether f is an interactive terminal.
func isTerminal(r any) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// runConsole answers commands from stdin, one a line, printing exactly
// what the bot would post, as plain text. "!brief syria", "brief syria" and
// "/brief syria" are the same command here.
func runConsole(ctx context.Context, env *Env, args []string) error {
	a, _, err := setup(ctx, env, "console", "", args, true)
	if err != nil {
		return err
	}
	defer a.Close()
	interactive := isTerminal(env.Stdin)
	if interactive {
		st, _ := a.db.Stats(ctx)
		fmt.Fprintf(env.Stdout, "newsbot %s console: %s in %s. Try !brief syria or !help; Ctrl-D quits.\n",
			version, countArticles(st.Articles), a.cfg.DB)
	}
	sc := bufio.NewScanner(env.Stdin)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for {
		if interactive {
			fmt.Fprint(env.Stdout, "> ")
		}
		if !sc.Scan() {
			break
		}
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if line == "quit" || line == "exit" {
			break
		}
		req, ok, err := consoleRequest(a.router, line)
		if err != nil {
			fmt.Fprintln(env.Stdout, commands.Text(commands.Reply{Kind: commands.Warning, Lines: []string{newsbot.ErrorMessage(err)}}))
			continue
		}
		if !ok {
			fmt.Fprintln(env.Stdout, "Commands start with !; try !help.")
			continue
		}
		rctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		reply := a.router.Handle(rctx, req)
		cancel()
		fmt.Fprintln(env.Stdout, commands.Text(reply))
		if ctx.Err() != nil {
			break
		}
	}
	return sc.Err()
}

// countArticles is "1 article" or "n articles".
func countArticles(n int) string {
	if n == 1 {
		return "1 article"
	}
	return fmt.Sprintf("%d articles", n)
}

// consoleRequest accepts "!cmd", "/cmd" or a bare "cmd" line; a slash
// command's options ("/brief topic:syria") are read as Discord sends them.
// Whoever runs the console runs the bot, so its requests carry admin
// rights.
func consoleRequest(r *commands.Router, line string) (req commands.Request, ok bool, err error) {
	switch line[0] {
	case '!':
		req, ok = commands.Parse("!", line)
	case '/':
		req, ok, err = r.ParseSlash(line)
	default:
		req, ok = commands.Parse("!", "!"+line)
	}
	req.Admin = true
	return req, ok, err
}

// runBrief prints one briefing and exits: non-zero when there is none.
// Its messages name the command line's syntax, not the chat's.
func runBrief(ctx context.Context, env *Env, args []string) error {
	a, fs, err := setup(ctx, env, "brief", "<topic>", args, true)
	if err != nil {
		return err
	}
	defer a.Close()
	topic := strings.Join(fs.Args(), " ")
	if newsbot.ParseTopic(topic).Empty() {
		fmt.Fprintln(env.Stderr, "Usage: newsbot brief <topic>, for example: newsbot brief syria")
		return errReported
	}
	b, err := a.engine.Brief(ctx, topic, time.Now())
	switch code := newsbot.ErrorCode(err); {
	case err == nil:
		fmt.Fprintln(env.Stdout, commands.Text(commands.BriefingReply(b, "newsbot ")))
		return nil
	case code == newsbot.ENOTFOUND:
		fmt.Fprintf(env.Stdout, "I have nothing stored about “%s” yet. Try a broader word, or add articles with: newsbot ingest PATH|URL...\n",
			newsbot.ParseTopic(topic).Text)
	default:
		a.log.Error("brief", "topic", topic, "err", err)
		fmt.Fprintln(env.Stderr, "newsbot:", newsbot.ErrorMessage(err))
	}
	return errReported
}

// runIngest stores articles from files and folders, with a progress line
// on a terminal and a summary at the end, and from web addresses (feeds and
// pages, see ingestURLs).
func runIngest(ctx context.Context, env *Env, args []string) error {
	a, fs, err := setup(ctx, env, "ingest", "PATH|URL...", args, false)
	if err != nil {
		return err
	}
	defer a.Close()
	if fs.NArg() == 0 {
		fs.Usage()
		return errors.New("ingest needs at least one file, folder or web address")
	}
	var progress ingest.Progress
	if isTerminal(env.Stderr) {
		progress = progressLine(env.Stderr)
	}
	paths, failed := ingestURLs(ctx, env, a, fs.Args())
	// A path that cannot be opened is a mistake on the command line (a
	// typo, a missing mount): said at once and in the exit status, while
	// the others are read.
	var found []string
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			fmt.Fprintf(env.Stderr, "newsbot: %s: %s\n", p, ingest.PathProblem(err))
			failed = errReported
			continue
		}
		found = append(found, p)
	}
	if len(found) == 0 {
		return failed
	}
	start := time.Now()
	sum, err := a.importer.Files(ctx, found, progress)
	fmt.Fprintln(env.Stdout, withTime(sum.String(), time.Since(start)))
	if err != nil {
		return err
	}
	if sum.Added+sum.Updated+sum.Unchanged == 0 && len(sum.Skipped) > 0 {
		return errReported // nothing could be read; the summary says why
	}
	return failed
}

// withTime puts how long an ingest took at the end of its summary's first
// line, before the skipped inputs listed under it.
func withTime(summary string, d time.Duration) string {
	first, rest, more := strings.Cut(summary, "\n")
	first += fmt.Sprintf(" (%.1fs)", d.Seconds())
	if more {
		return first + "\n" + rest
	}
	return first
}

// progressLine redraws one status line at most ten times a second.
func progressLine(w io.Writer) ingest.Progress {
	var last time.Time
	return func(done, total int, current string) {
		if done < total && time.Since(last) < 100*time.Millisecond {
			return
		}
		last = time.Now()
		if done == total {
			fmt.Fprintf(w, "\r\033[K")
			return
		}
		name := current
		if r := []rune(name); len(r) > 50 {
			name = "…" + string(r[len(r)-49:])
		}
		fmt.Fprintf(w, "\r\033[Kingesting %d/%d %s", done+1, total, name)
	}
}

// runReindex re-analyses every stored article with this version's engine.
func runReindex(ctx context.Context, env *Env, args []string) error {
	a, _, err := setup(ctx, env, "reindex", "", args, false)
	if err != nil {
		return err
	}
	defer a.Close()
	n, err := a.reindex(ctx, true, nil)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "re-analysed %d articles\n", n)
	return nil
}
