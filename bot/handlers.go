package bot

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/newsbot-dev/newsbot/commands"
)

// onMessage answers prefix commands ("!brief syria", or "@newsbot brief
// syria", which works without the message-content intent), ignoring its
// own messages and other bots'. In a DM, where everything is addressed
// to the bot, a message that is no command gets a one-line hint.
func (b *Bot) onMessage(_ *discordgo.Session, m *discordgo.MessageCreate) {
	if m.Author == nil || m.Author.Bot || m.Author.System {
		return
	}
	self := b.selfID()
	if m.Author.ID == self {
		return
	}
	req, addressed, ok := b.parse(m.Content, self)
	if !ok && m.GuildID != "" {
		return // ordinary chat in a server
	}
	if ok {
		if _, known := b.router.Lookup(req.Name); !known && m.GuildID != "" && !addressed && b.router.Suggest(req.Name) == "" {
			// Other bots in the server may share the prefix: "!play" is theirs.
			// A typo of ours ("!breif") gets the router's one-line hint, as does
			// anything in a DM or after a mention.
			return
		}
	}
	if !b.begin() {
		return
	}
	defer b.inflight.Done()
	req.GuildID, req.ChannelID, req.UserID = m.GuildID, m.ChannelID, m.Author.ID
	if wait, tell := b.takeTurn(req.UserID); wait > 0 {
		if tell {
			b.post(m.Message, []Message{{Content: cooldownNote(wait)}})
		}
		return
	}
	if !ok {
		b.post(m.Message, Render(dmHint(b.cfg.Prefix)))
		return
	}
	req.Admin = b.messageAdmin(m)
	ctx, cancel := context.WithTimeout(b.base, b.cfg.CommandTimeout)
	reply := b.router.Handle(ctx, req)
	cancel()
	b.post(m.Message, Render(reply))
}

// dmHint answers a direct message that is no command.
func dmHint(prefix string) commands.Reply {
	return commands.Reply{Kind: commands.Info, Lines: []string{fmt.Sprintf(
		"I answer commands only: `%shelp` lists them.", prefix)}}
}

// parse reads a prefix command, or a command after a mention of the bot
// (addressed).
func (b *Bot) parse(content, self string) (req commands.Request, addressed, ok bool) {
	if req, ok := commands.Parse(b.cfg.Prefix, content); ok {
		return req, false, true
	}
	if self == "" {
		return commands.Request{}, false, false
	}
	content = strings.TrimSpace(content)
	for _, mention := range []string{"<@" + self + ">", "<@!" + self + ">"} {
		if rest, ok := strings.CutPrefix(content, mention); ok {
			rest = strings.TrimPrefix(strings.TrimSpace(rest), b.cfg.Prefix)
			req, ok := commands.Parse(b.cfg.Prefix, b.cfg.Prefix+rest)
			return req, true, ok
		}
	}
	return commands.Request{}, false, false
}

// messageAdmin computes whether a message's author may manage the server,
// from the guild's roles as the gateway delivered them (fetched when the
// state lacks the guild) and the member's roles in the message.
func (b *Bot) messageAdmin(m *discordgo.MessageCreate) bool {
	if m.GuildID == "" || m.Member == nil {
		return false // a DM: there is no server to manage
	}
	g, ok := b.guildRoles(m.GuildID)
	if !ok {
		return false
	}
	return canManageGuild(g, m.Author.ID, m.Member.Roles)
}

func (b *Bot) guildRoles(guildID string) (guildRoles, bool) {
	var out guildRoles
	if b.stateGuild(guildID, func(g *discordgo.Guild) { out = copyRoles(g) }) {
		return out, true
	}
	g, err := b.session.Guild(guildID, discordgo.WithContext(b.base))
	if err != nil {
		b.log.Warn("load guild roles to check permissions", "guild_id", guildID, "err", err)
		return guildRoles{}, false
	}
	return copyRoles(g), true
}

// stateGuild calls f with the guild as the gateway delivered it, under
// the state's read lock, and reports whether the state holds it in full.
// READY lists every guild as unavailable, with no roles or channels, until
// its GUILD_CREATE arrives a moment later: a command or notice in that
// moment must ask the REST API rather than read an empty guild.
func (b *Bot) stateGuild(guildID string, f func(*discordgo.Guild)) bool {
	st := b.session.State
	g, err := st.Guild(guildID)
	if err != nil {
		return false
	}
	st.RLock()
	defer st.RUnlock()
	if g.Unavailable {
		return false
	}
	f(g)
	return true
}

func copyRoles(g *discordgo.Guild) guildRoles {
	out := guildRoles{id: g.ID, ownerID: g.OwnerID, roles: make([]discordgo.Role, 0, len(g.Roles))}
	for _, r := range g.Roles {
		if r != nil {
			out.roles = append(out.roles, *r)
		}
	}
	return out
}

// post sends messages to the channel of m, the first as a reply to it
// (which, with allowed_mentions empty, does not ping its author).
func (b *Bot) post(m *discordgo.Message, msgs []Message) {
	for i, msg := range msgs {
		send := &discordgo.MessageSend{
			Content:         fit(msg.Content, MaxContent),
			Embeds:          msg.Embeds,
			AllowedMentions: noMentions(),
		}
		if i == 0 {
			no := false
			send.Reference = &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID, FailIfNotExists: &no}
		}
		if _, err := b.session.ChannelMessageSendComplex(m.ChannelID, send, discordgo.WithContext(b.base)); err != nil {
			b.log.Error("post a reply", "channel_id", m.ChannelID, "message_id", m.ID, "part", i+1, "err", err)
			return
		}
	}
}

func (b *Bot) onInteraction(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
	if ic.Interaction == nil || !b.begin() {
		return
	}
	defer b.inflight.Done()
	switch ic.Type {
	case discordgo.InteractionApplicationCommand:
		b.slash(ic.Interaction)
	case discordgo.InteractionApplicationCommandAutocomplete:
		b.autocomplete(ic.Interaction)
	}
}

// slash answers a slash command. Discord wants an answer within three
// seconds: a reply ready within DeferAfter is sent at once; otherwise the
// bot defers (the user sees "newsbot is thinking…") and edits the original
// response when the reply is ready.
func (b *Bot) slash(i *discordgo.Interaction) {
	req := interactionRequest(i)
	if wait, _ := b.takeTurn(req.UserID); wait > 0 {
		// An interaction must be answered, so the note goes every time,
		// to the caller only.
		b.respond(i, []Message{{Content: cooldownNote(wait)}}, true)
		return
	}
	ctx, cancel := context.WithTimeout(b.base, b.cfg.CommandTimeout)
	defer cancel()
	replies := make(chan commands.Reply, 1)
	go func() { replies <- b.router.Handle(ctx, req) }()
	timer := time.NewTimer(b.cfg.DeferAfter)
	defer timer.Stop()
	select {
	case reply := <-replies:
		b.respond(i, Render(reply), reply.Ephemeral)
		return
	case <-timer.C:
	}
	err := b.session.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{AllowedMentions: noMentions()},
	}, discordgo.WithContext(b.base))
	reply := <-replies
	if err != nil {
		b.log.Error("defer an interaction", "command", req.Name, "interaction_id", i.ID, "err", err)
		return
	}
	msgs := Render(reply)
	if reply.Ephemeral {
		// The deferred response is public; an error belongs to the caller
		// alone, so it replaces the "thinking" message with a private one.
		if err := b.session.InteractionResponseDelete(i, discordgo.WithContext(b.base)); err != nil {
			b.log.Warn("delete a deferred response", "interaction_id", i.ID, "err", err)
		}
		b.followups(i, msgs, true)
		return
	}
	edit := &discordgo.WebhookEdit{Embeds: &msgs[0].Embeds, AllowedMentions: noMentions()}
	if c := fit(msgs[0].Content, MaxContent); c != "" {
		edit.Content = &c
	}
	if _, err := b.session.InteractionResponseEdit(i, edit, discordgo.WithContext(b.base)); err != nil {
		b.log.Error("edit a deferred response", "command", req.Name, "interaction_id", i.ID, "err", err)
		return
	}
	b.followups(i, msgs[1:], false)
}

// respond answers an interaction at once: the first message as the
// response, the others as follow-ups.
func (b *Bot) respond(i *discordgo.Interaction, msgs []Message, ephemeral bool) {
	data := &discordgo.InteractionResponseData{
		Content:         fit(msgs[0].Content, MaxContent),
		Embeds:          msgs[0].Embeds,
		AllowedMentions: noMentions(),
	}
	if ephemeral {
		data.Flags = discordgo.MessageFlagsEphemeral
	}
	err := b.session.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource, Data: data,
	}, discordgo.WithContext(b.base))
	if err != nil {
		b.log.Error("respond to an interaction", "interaction_id", i.ID, "err", err)
		return
	}
	b.followups(i, msgs[1:], ephemeral)
}

func (b *Bot) followups(i *discordgo.Interaction, msgs []Message, ephemeral bool) {
	for n, msg := range msgs {
		p := &discordgo.WebhookParams{Content: fit(msg.Content, MaxContent), Embeds: msg.Embeds, AllowedMentions: noMentions()}
		if ephemeral {
			p.Flags = discordgo.MessageFlagsEphemeral
		}
		if _, err := b.session.FollowupMessageCreate(i, true, p, discordgo.WithContext(b.base)); err != nil {
			b.log.Error("send a follow-up", "interaction_id", i.ID, "part", n+2, "err", err)
			return
		}
	}
}

// autocomplete offers topics from the archive for an option marked
// Autocomplete; any other option gets no choices.
func (b *Bot) autocomplete(i *discordgo.Interaction) {
	var suggestions []string
	if o, ok := focusedOption(i); ok && b.router.Complete != nil && b.autocompletes(i.ApplicationCommandData().Name, o.Name) {
		ctx, cancel := context.WithTimeout(b.base, autocompleteTimeout)
		suggestions = b.router.Complete(ctx, optionString(o))
		cancel()
	}
	// Sent raw: discordgo's response data drops an empty choices list,
	// and "no choices" is a valid answer.
	body := struct {
		Type int `json:"type"`
		Data struct {
			Choices []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
		} `json:"data"`
	}{Type: int(discordgo.InteractionApplicationCommandAutocompleteResult)}
	body.Data.Choices = choices(suggestions)
	endpoint := discordgo.EndpointInteractionResponse(i.ID, i.Token)
	if _, err := b.session.RequestWithBucketID("POST", endpoint, body, endpoint, discordgo.WithContext(b.base)); err != nil {
		b.log.Warn("answer an autocompletion", "interaction_id", i.ID, "err", err)
	}
}

func (b *Bot) autocompletes(command, option string) bool {
	c, ok := b.router.Lookup(command)
	if !ok {
		return false
	}
	for _, o := range c.Options {
		if o.Name == option {
			return o.Autocomplete
		}
	}
	return false
}
