// Package bot is newsbot's Discord front end and the only package that
// imports discordgo. It connects to the gateway, registers every command of
// a commands.Router as a slash command, answers prefix messages ("!brief
// syria") and interactions ("/brief topic:syria") with the same Request, and
// renders each Reply as embeds within Discord's limits. Nothing it sends
// can ping anyone: every message carries an empty allowed_mentions.
package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/commands"
)

// Intents are the gateway events the bot asks for: guild and direct
// messages, and their content, which Discord counts as privileged (it must
// be enabled on the Bot page of the developer portal). Without it, prefix
// commands only work when they mention the bot; slash commands always work.
const Intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages |
	discordgo.IntentsDirectMessages | discordgo.IntentsMessageContent

// Config is how the bot is set up. Zero durations take the defaults.
type Config struct {
	Token   string // the bot token, with or without "Bot " (see ParseToken)
	APIBase string // send REST requests meant for https://discord.com here instead; "" for Discord itself
	Prefix  string // what prefix commands start with; default "!"
	GuildID string // register slash commands in this guild only (they appear at once); "" registers them globally

	Cooldown        time.Duration // least time between one user's commands; negative for none
	DeferAfter      time.Duration // an interaction whose answer takes longer is deferred, then edited; default 1.5 s (Discord allows 3)
	CommandTimeout  time.Duration // bound on one command; default 1 minute
	ShutdownTimeout time.Duration // how long replies in flight may take to finish at shutdown; default 10 s

	Now func() time.Time // the clock, for cooldowns; default time.Now

	// OnReady, when set, is called once the bot is connected and its slash
	// commands are registered, with the bot's user name; with Guilds set,
	// once the guilds the first session lists are recorded too, so that
	// work for guilds started then sees which ones the bot left while
	// offline.
	OnReady func(username string)

	// Guilds, when set, is told which guilds the bot is in: all of them at
	// every READY (a new gateway session lists them), one at a GUILD_CREATE
	// (added, or back after an outage), and one it was removed from at a
	// GUILD_DELETE; a GUILD_DELETE that marks the guild unavailable is an
	// outage and changes nothing.
	Guilds newsbot.GuildStore
}

// Defaults.
const (
	DefaultPrefix          = "!"
	DefaultCooldown        = 3 * time.Second
	DefaultDeferAfter      = 1500 * time.Millisecond
	DefaultCommandTimeout  = time.Minute
	DefaultShutdownTimeout = 10 * time.Second
	autocompleteTimeout    = 2 * time.Second
	// readyTimeout bounds how long Run waits for the first READY's guilds
	// to be recorded before it calls OnReady anyway.
	readyTimeout = 30 * time.Second
)

// Bot serves a router on Discord.
type Bot struct {
	cfg     Config
	router  *commands.Router
	log     *slog.Logger
	session *discordgo.Session

	mu        sync.Mutex
	closing   bool
	inflight  sync.WaitGroup
	base      context.Context // replies run under it: it outlives Run's ctx by the shutdown bound
	cancel    context.CancelFunc
	cooldowns map[string]*turn

	// Guild events are recorded one at a time. discordgo runs each handler
	// in a goroutine of its own, so two events moments apart may still be
	// recorded in either order; the orders agree except for a removal
	// within moments of a READY or of being added, which the next READY
	// sets right. synced is closed once the first READY's guilds are
	// recorded.
	guildMu    sync.Mutex
	synced     chan struct{}
	syncedOnce sync.Once
}

// New checks the configuration and prepares a session; Run connects.
func New(cfg Config, router *commands.Router, log *slog.Logger) (*Bot, error) {
	if router == nil {
		return nil, errors.New("bot: no router")
	}
	if log == nil {
		log = slog.Default()
	}
	token, err := ParseToken(cfg.Token)
	if err != nil {
		return nil, err
	}
	if cfg.Prefix == "" {
		cfg.Prefix = DefaultPrefix
	}
	switch {
	case cfg.Cooldown == 0:
		cfg.Cooldown = DefaultCooldown
	case cfg.Cooldown < 0:
		cfg.Cooldown = 0
	}
	if cfg.DeferAfter <= 0 {
		cfg.DeferAfter = DefaultDeferAfter
	}
	if cfg.CommandTimeout <= 0 {
		cfg.CommandTimeout = DefaultCommandTimeout
	}
	if cfg.ShutdownTimeout <= 0 {
		cfg.ShutdownTimeout = DefaultShutdownTimeout
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	s, err := discordgo.New(token)
	if err != nil {
		return nil, fmt.Errorf("bot: %w", err)
	}
	if cfg.APIBase != "" {
		base, err := apiBase(cfg.APIBase)
		if err != nil {
			return nil, err
		}
		s.Client = &http.Client{Timeout: s.Client.Timeout, Transport: &rewriteTransport{base: base, next: http.DefaultTransport}}
	}
	s.Identify.Intents = Intents
	b := &Bot{cfg: cfg, router: router, log: log, session: s, cooldowns: map[string]*turn{}, synced: make(chan struct{})}
	s.AddHandler(b.onReady)
	s.AddHandler(b.onGuildCreate)
	s.AddHandler(b.onGuildDelete)
	s.AddHandler(b.onResumed)
	s.AddHandler(b.onDisconnect)
	s.AddHandler(b.onRateLimit)
	s.AddHandler(b.onMessage)
	s.AddHandler(b.onInteraction)
	return b, nil
}

// Run connects to Discord, registers the slash commands and answers
// commands until ctx is done. Then it stops taking commands, lets replies
// in flight finish (within ShutdownTimeout) and closes the gateway.
func (b *Bot) Run(ctx context.Context) error {
	b.base, b.cancel = context.WithCancel(context.WithoutCancel(ctx))
	defer b.cancel()
	if err := b.session.Open(); err != nil {
		return openError(err)
	}
	if err := b.register(); err != nil {
		b.stop()
		return err
	}
	if b.cfg.Guilds != nil {
		// The READY that Open read is being handled by now.
		select {
		case <-b.synced:
		case <-ctx.Done():
		case <-time.After(readyTimeout):
			b.log.Warn("the guilds of the first gateway session are not recorded yet; going on", "timeout", readyTimeout)
		}
	}
	if b.cfg.OnReady != nil {
		b.cfg.OnReady(b.username())
	}
	<-ctx.Done()
	b.stop()
	return nil
}

// openError explains the failures a new user meets.
func openError(err error) error {
	var rest *discordgo.RESTError
	if errors.As(err, &rest) && rest.Response != nil && rest.Response.StatusCode == http.StatusUnauthorized {
		return fmt.Errorf("Discord refused the bot token (HTTP 401): check DISCORD_TOKEN; a fresh one is on the Bot page of your application in the developer portal: %w", err)
	}
	return fmt.Errorf("connect to Discord: %w", err)
}

// register overwrites the application's slash commands with the router's,
// in one request: globally, or in the configured guild.
func (b *Bot) register() error {
	cmds, err := ApplicationCommands(b.router.Commands())
	if err != nil {
		return err
	}
	appID := b.applicationID()
	if appID == "" {
		return errors.New("register slash commands: Discord's READY named no application")
	}
	where := "globally (they may take a while to appear)"
	if b.cfg.GuildID != "" {
		where = "in guild " + b.cfg.GuildID
	}
	if _, err := b.session.ApplicationCommandBulkOverwrite(appID, b.cfg.GuildID, cmds, discordgo.WithContext(b.base)); err != nil {
		hint := ""
		var rest *discordgo.RESTError
		if errors.As(err, &rest) && rest.Response != nil && rest.Response.StatusCode == http.StatusForbidden {
			hint = " (is the bot in that server, invited with the applications.commands scope?)"
		}
		return fmt.Errorf("register slash commands %s%s: %w", where, hint, err)
	}
	b.log.Info("registered slash commands", "commands", len(cmds), "guild_id", b.cfg.GuildID)
	return nil
}

// stop ends the session: no new commands, replies in flight finish within
// the bound (then their context is cancelled), the gateway closes.
func (b *Bot) stop() {
	b.mu.Lock()
	b.closing = true
	b.mu.Unlock()
	b.log.Info("shutting down: taking no more commands, finishing replies in flight", "shutdown_timeout", b.cfg.ShutdownTimeout)
	done := make(chan struct{})
	go func() { b.inflight.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(b.cfg.ShutdownTimeout):
		b.log.Warn("replies still in flight at the shutdown bound; cancelling them", "shutdown_timeout", b.cfg.ShutdownTimeout)
		b.cancel()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			b.log.Error("replies in flight did not stop after cancellation")
		}
	}
	if err := b.session.Close(); err != nil {
		b.log.Warn("close the gateway", "err", err)
	}
	b.log.Info("disconnected from Discord")
}

// begin registers a command in flight unless the bot is shutting down.
func (b *Bot) begin() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closing {
		return false
	}
	b.inflight.Add(1)
	return true
}

func (b *Bot) isClosing() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.closing
}

func (b *Bot) selfID() string {
	st := b.session.State
	st.RLock()
	defer st.RUnlock()
	if st.User == nil {
		return ""
	}
	return st.User.ID
}

func (b *Bot) username() string {
	st := b.session.State
	st.RLock()
	defer st.RUnlock()
	if st.User == nil {
		return ""
	}
	return st.User.Username
}

func (b *Bot) applicationID() string {
	st := b.session.State
	st.RLock()
	defer st.RUnlock()
	if st.Application == nil {
		return ""
	}
	return st.Application.ID
}

func (b *Bot) onReady(_ *discordgo.Session, r *discordgo.Ready) {
	user := ""
	if r.User != nil {
		user = r.User.Username
	}
	b.log.Info("connected to the Discord gateway", "session_id", r.SessionID, "user", user, "guilds", len(r.Guilds))
	b.syncGuilds(r)
}

func (b *Bot) onResumed(_ *discordgo.Session, _ *discordgo.Resumed) {
	b.log.Info("resumed the Discord gateway session")
}

func (b *Bot) onDisconnect(_ *discordgo.Session, _ *discordgo.Disconnect) {
	if !b.isClosing() {
		b.log.Warn("lost the Discord gateway connection; reconnecting")
	}
}

func (b *Bot) onRateLimit(_ *discordgo.Session, r *discordgo.RateLimit) {
	b.log.Info("rate limited by Discord; retrying", "url", r.URL, "retry_after", r.RetryAfter)
}

// turn is one user's cooldown state.
type turn struct {
	last  time.Time
	noted bool // told to slow down in this window already
}

// takeTurn reports how long the user must still wait (0: go ahead) and
// whether to tell them, which happens once per window.
func (b *Bot) takeTurn(userID string) (wait time.Duration, tell bool) {
	if b.cfg.Cooldown <= 0 || userID == "" {
		return 0, false
	}
	now := b.cfg.Now()
	b.mu.Lock()
	defer b.mu.Unlock()
	t := b.cooldowns[userID]
	if t != nil && now.Sub(t.last) < b.cfg.Cooldown {
		tell = !t.noted
		t.noted = true
		return b.cfg.Cooldown - now.Sub(t.last), tell
	}
	if len(b.cooldowns) > 4096 {
		for id, t := range b.cooldowns {
			if now.Sub(t.last) >= b.cfg.Cooldown {
				delete(b.cooldowns, id)
			}
		}
	}
	b.cooldowns[userID] = &turn{last: now}
	return 0, false
}

func cooldownNote(wait time.Duration) string {
	secs := int((wait + time.Second - 1) / time.Second)
	unit := "seconds"
	if secs == 1 {
		unit = "second"
	}
	return fmt.Sprintf("One moment, please: I answer each person once every few seconds. Try again in %d %s.", secs, unit)
}

// noMentions is the allowed_mentions of everything the bot sends: parse
// nothing, so "@everyone", "<@id>" or "<@&role>" in an article, a topic or
// a reply pings nobody. Parse must be an empty list, not null.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}
