# Hand-crafted independent PII test set. Inline markup [[value|TYPE]] or [[value|TYPE|phenomenon]]. Build and checks: markup.py.
import sys

from markup import write_set

T = []

# ---- write your transcripts here: T.append("""...""") ----

T.append("""AI: Hi, thanks for taking the time today. To start, could you tell me a bit about yourself and what you do?

User: sure. I'm [[Marcus Oyelaran|PERSON]], [[34|AGE]], [[senior backend engineer|JOB_TITLE]] at [[Tallgrass Logistics|ORGANIZATION]] here in [[Austin|CITY]]. been there since [[2019|DATE]], before that i was at [[Dell|ORGANIZATION]] up in [[Round Rock|CITY]] for like four years doing internal tooling

AI: Thanks, [[Marcus|PERSON]]. How does AI fit into a normal day for you?

User: honestly [[Copilot|AI_PRODUCT]] is on all day in [[VS Code|SOFTWARE]]. for bigger refactors i paste chunks into [[Claude|AI_PRODUCT|person_like_product]] and argue with it. my teammate [[Will Hartigan|PERSON]] thinks i lean on it way too much lol, [[Will|PERSON|word_name]] will literally review a PR and go "did a robot write this"

AI: You mentioned [[Will|PERSON]]. Does the rest of the team use these tools in a similar way?

User: kinda mixed. [[our engineering manager|GENERIC_ROLE]] is cautious but [[Priyanka Raghavan|PERSON]], she's our [[staff engineer|JOB_TITLE]], built a little internal bot that answers questions about our [[Jira|SOFTWARE]] tickets. we demoed it at the offsite on [[October 12, 2023|DATE]] and people loved it. she wrote it up on her blog, [[priyankaraghavan.dev|URL]], worth a read. if you want to interview her too shes [[priyanka.r at tallgrasslogistics dot com|OBF_EMAIL|spelled_at_dot]]

AI: That sounds useful. Are there things you deliberately avoid using AI for?

User: anything with customer data. we move freight for clients like [[Hollis & Crane Foods|ORGANIZATION]] and the contracts are strict. i got burned once, pasted a log into a chat that had a driver's cell in it, [[(512) 555-0187|PHONE_NUMBER]], and our [[security lead|JOB_TITLE]] [[dana|PERSON]] had a very polite but terrifying chat with me about it. it was fine in the end, she just made me redo the training. its funny bc [[Sam Altman|PUBLIC_FIGURE]] keeps saying these tools are enterprise ready and meanwhile i'm the weak link haha

AI: Do you use AI outside of work at all?

User: a bit. my wife [[Renata|PERSON]] uses [[ChatGPT|AI_PRODUCT]] to plan our kid's birthday stuff, our son [[Eli|PERSON]] turns [[six|AGE]] on [[March 3|DATE]] so that's the big project right now. i mostly use it for side projects, my github is [[github.com/moyelaran|URL]] if that's useful for your study, or email [[marcus.oyelaran@protonmail.com|EMAIL_ADDRESS]]

AI: Thank you, that's very helpful. Is there anything else you'd like to add?

User: just that the tools are great for boilerplate and bad at judgment. [[Will|PERSON]]'s take is the opposite some days so ask him too, he's [[@willh_codes|SOCIAL_HANDLE]] on twitter. easiest to text me tho, [[five one two, five five five, oh three four one|OBF_PHONE|digit_words]]. we're both in the office [[Tuesdays|GENERIC_TIME]] if you want to grab us together""")

T.append("""AI: Hello, and thank you for joining. Could you start by telling me about your role?

User: Hiya, yes! I'm [[Grace Whitfield|PERSON]], I'm a [[Year 4 teacher|JOB_TITLE]] at [[St Aidan's C of E Primary|SCHOOL]] in [[Headingley|CITY]], [[Leeds|CITY]]. I'm [[twenty-nine|AGE]], qualified in [[2018|DATE]] after my PGCE at [[Leeds Trinity University|SCHOOL]].

AI: Thanks, [[Grace|PERSON]]. How are you using AI in your teaching at the moment?

User: Mostly planning. I use [[ChatGPT|AI_PRODUCT]] to differentiate reading comprehension, so one text at three levels, and [[MagicSchool|AI_PRODUCT]] which the trust pays for. [[Our head teacher|GENERIC_ROLE]] was sceptical at first but Mr [[Imran Hussain|PERSON]], he's our [[deputy head|JOB_TITLE]], really pushed for it after a course in [[Manchester|CITY]]. If you want his view he's [[i.hussain(at)staidans.leeds.sch.uk|OBF_EMAIL|paren_at]], or ring the school office on [[0113 four nine six, 0 3 5 8|OBF_PHONE|mixed_words_digits]] and ask for [[Imran|PERSON]].

AI: Is there anything you've decided not to use it for?

User: Reports. End of year reports go home in [[July|GENERIC_TIME]] and I write every single one myself. There was a bit of a row in the staffroom because a colleague, [[Rose|PERSON|word_name]] in Year 6, tried generating hers and one came out saying a child "shows real grace under pressure" about a boy who'd been excluded twice. We laughed but also, yikes.

AI: You mentioned [[Rose|PERSON]] - has her experience changed how the school handles AI?

User: Yeah we've got a proper policy now, written by [[Imran|PERSON]] and [[our SENCo|GENERIC_ROLE]]. No pupil names in any AI tool, full stop. Our trust, [[Northern Star Learning Trust|ORGANIZATION]], is rolling it out across all eleven schools from [[September 2024|DATE]]. I think [[Bridget Phillipson|PUBLIC_FIGURE]] said something about AI marking on the news as well so it's a hot topic.

AI: How have parents reacted?

User: Mixed. One mum emailed my school address, [[g.whitfield@staidans.leeds.sch.uk|EMAIL_ADDRESS]], asking if I'd "let a robot mark her son's work". Fair question honestly. We use [[Seesaw|SOFTWARE]] for feedback and it's got some AI bits in now, so I had to explain what it does and doesn't do.

AI: Do you use AI outside school?

User: A bit! My partner [[tom|PERSON]] and I are doing up a terrace at [[42 Cardigan Lane|ADDRESS]], [[LS6 3BJ|ADDRESS]], absolute money pit, and I used [[Gemini|AI_PRODUCT]] to draft letters to the council about the damp. I also run a little teacher account on instagram, [[@missw_year4|SOCIAL_HANDLE]], and get it to suggest captions sometimes. Happy to do a follow up too, by the way. My mobile's [[07700 914 382|PHONE_NUMBER]] or personal email is [[grace dot whitfield at outlook dot com|OBF_EMAIL|spelled_at_dot]]. Just not over [[half term|GENERIC_TIME]], I'll be away with my mum!""")

T.append("""AI: Thanks for joining. Could you tell me a little about yourself and your work?

User: No bother. [[Niamh Costigan|PERSON]], I'm [[41|AGE]], [[clinical nurse manager|JOB_TITLE]] on a surgical ward in [[Cork University Hospital|ORGANIZATION]]. Trained in [[UCC|SCHOOL]], qualified [[2006|DATE]], and I've been on the same corridor nearly the whole time since.

AI: How does AI come into your job, [[Niamh|PERSON]]?

User: Less than you'd think on the clinical side, more on the admin. I use [[Copilot|AI_PRODUCT]] in [[Outlook|SOFTWARE]] to tidy up emails to the bed managers and I've a roster in [[Excel|SOFTWARE]] that I get it to sanity check. One of my staff nurses, [[Joy Adebayo|PERSON]], showed me how to do that, she's great with it. Honestly it's been a joy compared to doing it by hand.

AI: Is [[Joy|PERSON]] someone others on the ward go to for help with it?

User: She is yeah, and she said she'd happily talk to ye, her number's [[0 8 6 - 3 3 1 - 7 4 0 2|OBF_PHONE|spaced_digits]]. And the [[registrar|JOB_TITLE]], Dr [[Feargal Lynch|PERSON]], he uses some app to summarise guidelines on his phone, which I'm not mad about tbh, you could ask him yourself, [[feargal [dot] lynch [at] hse [dot] ie|OBF_EMAIL|bracket_at_dot]]. We had a near miss in [[February 2024|DATE]] where a summary left out a contraindication. Nothing happened the patient but it put the fear of God in us.

AI: That sounds like a difficult moment. What changed afterwards?

User: We flagged it to [[the director of nursing|GENERIC_ROLE]] and now there's a line in the local policy, nothing generated gets used for a clinical decision. The [[HSE|ORGANIZATION]] are doing their own guidance too I believe. [[Stephen Donnelly|PUBLIC_FIGURE]] was talking about digital health years ago and we're still on paper charts half the time so, you know.

AI: Do you use it for anything personal?

User: I do a bit. Sorting my pension forms I had it open and it was asking for my PPS, [[8127463TA|NATIONAL_ID]], and I thought no way am I putting that in there. My husband [[Declan|PERSON]] uses it for the GAA club newsletter out in [[Ballincollig|CITY]], and our daughter [[Saoirse|PERSON]] is [[fourteen|AGE]] so she uses it for everything, which is a whole other conversation.

AI: Thank you. Anything you'd want the research team to know?

User: That nurses are leaving for [[Australia|COUNTRY]] faster than any tool can save us time lol. But if you want to follow up, my mobile is [[087 241 9930|PHONE_NUMBER]] or email [[niamh underscore costigan at eircom dot net|OBF_EMAIL|spelled_at_dot_underscore]], post is [[4 Maglin Grove|ADDRESS]], [[Ballincollig|CITY]], [[P31 KX60|ADDRESS]]. Not [[Christmas|GENERIC_TIME]] week though, I'm on nights.""")

T.append("""AI: Good morning, and thanks for making time. Could you describe your role?

User: Morning. I'm Dr [[Bao Nguyen|PERSON]], [[52|AGE]], a [[GP|JOB_TITLE]] and one of three partners at [[Paddington Family Medical|ORGANIZATION]] in [[Brisbane|CITY]]. I've been there since [[2011|DATE]]. We're at [[Suite 3, 118 Latrobe Terrace|ADDRESS]], [[Paddington|CITY]], just up from the Caxton Street end.

AI: How does AI show up in your practice?

User: The big one is an AI scribe. We trialled [[Lyrebird|AI_PRODUCT]] and then moved to [[Heidi|AI_PRODUCT|person_like_product]] in [[February 2024|DATE]]. It listens to the consult and drafts the note into [[Best Practice|SOFTWARE]]. I still read every line, mind. Our [[practice manager|JOB_TITLE]] [[Shelley Hocking|PERSON]] did all the consent forms, she was very thorough about it. Her direct email is [[shelley.h @ paddingtonfamilymed . com . au|OBF_EMAIL|spaced_symbols]] if you want the forms.

AI: You mentioned [[Shelley|PERSON]] handled consent. How did patients respond?

User: Mostly fine. A few older patients say no and that's that. Our nurse [[Mei Lin Zhou|PERSON]] translates for some of the Mandarin speaking patients and she was worried the scribe would garble things, and it does, sometimes. [[Tariq|PERSON]], our [[registrar|JOB_TITLE]] this term, caught a note where it had written the wrong side for a knee. Best practice is to treat it as a first draft, nothing more. [[The other partners|GENERIC_ROLE]] were keener than me actually. I'm the cautious one. My son [[Khoa|PERSON]] is [[nineteen|AGE]], doing comp sci at [[University of Queensland|SCHOOL]], and he gives me lectures about how these models work, which helps. He's got his projects up at [[github.com/khoanguyen-uq|URL]], very proud dad here.

AI: Is there anything you won't use AI for?

User: Referrals to specialists I write myself. And anything with a Medicare number or identifiers I'm careful with. [[Mark Butler|PUBLIC_FIGURE]] made some noise about AI scribes and regulation, and frankly I'd welcome some rules.

AI: Thank you. If the team wanted to follow up, how would be best?

User: The practice line is [[(07) 3369 4821|PHONE_NUMBER]], or [[reception@paddingtonfamilymed.com.au|EMAIL_ADDRESS]] and they'll pass it on. If it's urgent my mobile is [[0412 three three eight 905|OBF_PHONE|mixed_words_digits]]. I'm off [[Wednesdays|GENERIC_TIME]].

AI: Great, thanks so much, Dr [[Nguyen|PERSON]].

User: Pleasure. Say hi to [[Shelley|PERSON]] if you ring, she'll pick up.""")

T.append("""AI: Hi there, thanks for joining. Can you tell me about your work?

User: Sure. My name's [[Ji-woo Park|PERSON]], most people call me [[Jenny|PERSON]]. I'm an [[employment lawyer|JOB_TITLE]] at [[Barrow Keating LLP|ORGANIZATION]] in [[Toronto|CITY]], called to the bar in [[2021|DATE]] after [[Osgoode Hall Law School|SCHOOL]]. I'm [[31|AGE]].

AI: Thanks, [[Jenny|PERSON]]. How does AI fit into legal work at your firm?

User: We've got [[Harvey|AI_PRODUCT|person_like_product]] licensed firm-wide and I use [[CoCounsel|AI_PRODUCT]] for research memos. Time entries and matters are in [[Clio|SOFTWARE]]. [[The partner|GENERIC_ROLE]] I work under most, [[Frank Delisle|PERSON]], is old school but to be frank he's come around because it cut his review time.

AI: What does a typical task look like?

User: Like last week a client, [[Oluwaseun Adeyemi|PERSON]], a warehouse supervisor let go from [[Brightline Distribution|ORGANIZATION]], sent a stack of texts and pay stubs. I had it build a timeline. It's very good at that. But then I realized one of the stubs showed his SIN, [[527 394 816|NATIONAL_ID]], in full, and it had gone into the prompt.

AI: How did you handle that?

User: Told [[Frank|PERSON]], told our privacy officer [[Gurpreet Sandhu|PERSON]], logged it. The vendor contract says no training on our data so it was fine, but it made me much more careful with redacting first. [[Gurpreet|PERSON]] has a checklist now pinned in our group chat, and she said you can call her extension, [[four one six, five five five, zero one nine nine|OBF_PHONE|digit_words]].

AI: Do colleagues outside the firm use it similarly?

User: My friend [[Sofía|PERSON]] at a firm in [[Vancouver|CITY]] says they banned it outright. And in the [[US|COUNTRY]] there's been those cases with fake citations, that lawyer in New York, so everyone's a bit jumpy. [[Mark Carney|PUBLIC_FIGURE]] talked about AI in a speech recently and I remember thinking nobody in policy understands how lawyers actually use this stuff.

AI: Thank you. Is there anything else you'd like to share?

User: Happy to chat more. Work email is [[jpark@barrowkeating.ca|EMAIL_ADDRESS]], desk line [[416-555-0193|PHONE_NUMBER]]. For anything non-work I'm [[jenny.p.writes [at] gmail [dot] com|OBF_EMAIL|bracket_at_dot]] or cell [[(647) ５５５-０１４８|OBF_PHONE|fullwidth_digits]]. And my linkedin is [[linkedin.com/in/jiwoo-park-law|URL]]. Not [[Fridays|GENERIC_TIME]] though, that's my court day.""")

T.append("""AI: Hello, thank you for joining us. Could you introduce yourself and your work?

User: Hello. I am [[Rohit Deshpande|PERSON]], [[38|AGE]] years, [[Chartered Accountant|JOB_TITLE]]. I am running my own practice, [[Deshpande & Kulkarni Associates|ORGANIZATION]], in [[Kothrud|CITY]], [[Pune|CITY]], with my partner [[Sameer Kulkarni|PERSON]]. Office is at [[Office 7, Shreeji Heights, Karve Road|ADDRESS]].

AI: Thank you, [[Rohit|PERSON]]. How does AI come into your practice?

User: Mainly for drafting. Notices from income tax department, replies to GST queries, I ask [[ChatGPT|AI_PRODUCT]] to make first draft in proper english and then I correct. For checking the latest circulars I use [[Perplexity|AI_PRODUCT]]. Accounts we maintain in [[Tally|SOFTWARE]] and some clients have their own software.

AI: Do your staff use it too?

User: Yes, my junior [[Sunny|PERSON|word_name]], he is doing articleship, he uses it too much actually. I told him, [[Sunny|PERSON]] you must understand the section, not just copy. Also [[Sameer|PERSON]] is more careful than me, he does not like it for client data.

AI: Can you say more about client data concerns?

User: See, one time [[Sunny|PERSON]]'s draft for a client had the client PAN [[AKLPD7291Q|NATIONAL_ID]] and full Aadhaar [[5832 9104 6627|NATIONAL_ID]] in it, because he pasted the whole form. Nothing bad happened but after that we made rule, mask all IDs before. During filing season, before [[31 July 2024|DATE]], it is very hectic and people take shortcuts. I did B.Com from [[Brihan Maharashtra College of Commerce|SCHOOL]] and cleared CA in [[2011|DATE]]. At that time nothing like this. Now even [[Nirmala Sitharaman|PUBLIC_FIGURE]] is talking about AI in the budget speech. In [[India|COUNTRY]] small practices like ours cannot afford the big tools, so free versions only.

AI: Do you use AI at home at all?

User: My wife [[Madhuri|PERSON]] uses it for recipes and my daughter [[Anvi|PERSON]], she is [[eight|AGE]], she asks it for stories. During [[Diwali|GENERIC_TIME]] holidays she made a whole comic with it.

AI: Thank you. How can the team contact you if needed?

User: Mobile is [[+91 98220 47316|PHONE_NUMBER]], whatsapp also same. LinkedIn [[linkedin.com/in/rohit-deshpande-ca|URL]]. Email [[rohit.ca at the rate rediffmail dot com|OBF_EMAIL|at_the_rate]]. For [[Sameer|PERSON]], mobile [[nine eight two two zero, six one four zero three|OBF_PHONE|digit_words]] or mail [[sameer.k(at)dkassociates(dot)in|OBF_EMAIL|paren_at_dot]]. Please avoid [[July|GENERIC_TIME]], that month I am not picking any calls.""")

T.append("""AI: Hi, thanks for being here. Could you tell me about yourself and your job?

User: oi! sure. I'm [[Larissa Fonseca Teixeira|PERSON]], [[31|AGE]], [[marketing coordinator|JOB_TITLE]] at [[Sabor de Minas Alimentos|ORGANIZATION]], we make cheese bread and snacks, in [[Belo Horizonte|CITY]]. I studied publicidade at [[UFMG|SCHOOL]].

AI: Thanks, [[Larissa|PERSON]]. How do you use AI in your marketing work?

User: a lot!! for images I use [[Midjourney|AI_PRODUCT]] for mood boards, then the designer [[Thaís|PERSON]] makes the final in [[Canva|SOFTWARE]] or by hand. for copy I was using [[Jasper|AI_PRODUCT|person_like_product]] but now mostly [[ChatGPT|AI_PRODUCT]] because is cheaper. emails go out through our email platform.

AI: How does your manager feel about it?

User: my boss [[Ricardo Amaral|PERSON]], he is [[commercial director|JOB_TITLE]], he loves it because we launched the pão de queijo campaign in [[March 2024|DATE]] with half the budget. but [[Ricardo|PERSON]] also wants everything faster now, so, is not less work really kkkk

AI: Were there any problems with the AI-generated content?

User: yes one time [[Midjourney|AI_PRODUCT]] made a grandma that looked exactly like a famous actress and [[Thaís|PERSON]] noticed just before we posted. also the tone, AI writes like a gringo. we want something like [[Anitta|PUBLIC_FIGURE]] talks, very mineiro, very close. and for [[Portugal|COUNTRY]] export we need different portuguese, AI mixes them. i used it to understand my income tax, I almost pasted my CPF [[073.418.256-90|NATIONAL_ID]] there hahaha, then I stopped. my husband [[Diego|PERSON]] uses it to plan trips, we went to the coast last year and he made all the roteiro with it.

AI: If the research team wanted to reach you later, what's best?

User: instagram [[@lari.fteixeira|SOCIAL_HANDLE]] or whatsapp [[+55 31 98847-2210|PHONE_NUMBER]]. email is [[larissa.teixeira arroba gmail ponto com|OBF_EMAIL|foreign_words_pt]]. or for something formal write to the office, [[Rua Pernambuco, 1322, sala 504|ADDRESS]], [[Savassi|CITY]]. only not during [[Carnaval|GENERIC_TIME]] haha

AI: Thank you so much. Anything else?

User: just that the tools are amazing but my colleague [[Thaís|PERSON]] is still the best, AI don't replace her eye. if you want to talk with her, her whats is [[trinta e um, nove nove um dois, sete quatro oito três|OBF_PHONE|foreign_digit_words_pt]]""")

T.append("""AI: Hello, thanks for joining. Could you tell me a bit about what you do?

User: Hi. I'm [[Jonas Weißenborn|PERSON]], [[27|AGE]], [[UX designer|JOB_TITLE]] at [[Kontur Digital GmbH|ORGANIZATION]] in [[Leipzig|CITY]]. We're a small agency, maybe twenty people. I studied at [[Burg Giebichenstein|SCHOOL]] in [[Halle|CITY]] and graduated [[2021|DATE]].

AI: How does AI come into your design process, [[Jonas|PERSON]]?

User: Research synthesis mostly. I take interview notes and let [[ChatGPT|AI_PRODUCT]] cluster them, then check myself. For quick visuals [[Midjourney|AI_PRODUCT]], and everything ends up in [[Figma|SOFTWARE]]. Our texts for international clients go through [[DeepL|AI_PRODUCT]] first.

AI: How does your team feel about that?

User: My colleague [[Elif Yıldırım|PERSON]], she's our [[Art Director|JOB_TITLE]], is quite critical. [[Elif|PERSON]] says the AI stuff all looks the same and she's right, it has this shiny look. Our boss Herr [[Brandt|PERSON]] mostly cares about the hours we bill. If you want [[Elif|PERSON]]'s opinion, write to [[elif.yildirim ät kontur-digital punkt de|OBF_EMAIL|foreign_words_de]].

AI: Is there something you would not use it for?

User: Final design decisions. I'm a bit of a [[Dieter Rams|PUBLIC_FIGURE]] person, less but better, and AI gives you more but worse. Also client data, we have a health insurance client and nothing from them goes in there, that's clear in [[Germany|COUNTRY]] with GDPR anyway.

AI: Do you also use it privately?

User: For my freelance tax, yes. I asked it to explain the forms and I had to type my Steuer-ID [[58 274 019 663|NATIONAL_ID]] into the tax portal anyway, but not into the chat. My girlfriend [[Mareike|PERSON]] laughs because I ask it everything before I ask a human.

AI: If we wanted to follow up, how could we reach you?

User: Portfolio is [[jonasweissenborn.design|URL]], also [[dribbble.com/jweissenborn|URL]]. Mail to [[hallo@jonasweissenborn.design|EMAIL_ADDRESS]]. Or by phone, [[null eins fünf sieben, drei acht zwei neun, vier eins null sechs|OBF_PHONE|foreign_digit_words_de]], I write it like that so bots don't get it haha. Studio address is [[Karl-Heine-Straße 71|ADDRESS]], [[04229|ADDRESS]] [[Leipzig|CITY]], in [[Plagwitz|CITY]]. One more thought, in [[Europe|CONTINENT]] we talk a lot about regulation and less about craft. Before [[Christmas|GENERIC_TIME]] we had a workshop with [[Elif|PERSON]] about that and it was the best discussion we had all year.""")

T.append("""AI: Hi, thanks so much for joining. Can you tell me a little about yourself?

User: hi! I'm [[Hope Castellanos|PERSON|word_name]], [[forty-four|AGE]], freelance [[copywriter|JOB_TITLE]] and sometimes novelist, based in [[Portland|CITY]], [[Oregon|CITY]]. I was a [[content strategist|JOB_TITLE]] at [[Nike|ORGANIZATION]] until [[2020|DATE]] and then went out on my own, which, timing, lol.

AI: Thanks, [[Hope|PERSON]]. How do you use AI in your writing work?

User: honestly with mixed feelings. for client stuff I use [[Claude|AI_PRODUCT]] to brainstorm headlines and [[Grammarly|AI_PRODUCT]] as a last pass. drafts live in [[Google Docs|SOFTWARE]]. for fiction i tried [[Sudowrite|AI_PRODUCT]] for a month and hated it, it kept making my villain apologize.

AI: Who are your clients, roughly?

User: mostly small brands. [[Bramble & Finch Coffee|ORGANIZATION]] is my biggest, my contact there is [[Mark Ostrowski|PERSON]], their [[brand manager|JOB_TITLE]]. [[Mark|PERSON]] asked me point blank last year if I use AI and I said yes for ideation, and he was fine with it as long as the final words are mine. you could ask him, [[mark.o [at] brambleandfinch [dot] coffee|OBF_EMAIL|bracket_at_dot]]. I really hope that holds for other clients.

AI: How does your writing community feel about AI?

User: oof. my writing group friend [[Summer Okafor|PERSON]] ([[@summerokafor_writes|SOCIAL_HANDLE]] on insta) won't touch it, she signed that letter with [[Margaret Atwood|PUBLIC_FIGURE]] and a bunch of others. my agent [[Bill Tennant|PERSON]] is more practical, he says publishers will use it whether we like it or not. [[Bill|PERSON|word_name]] basically pays the bills by being practical so.

AI: You mentioned [[Summer|PERSON]]'s view. Has it changed how you work?

User: kind of. i don't use it for anything that ends up in the book now. my second novel comes out [[October 2025|DATE]] and i want to be able to say every word is mine. [[Stephen King|PUBLIC_FIGURE]] said something like AI writing is a tool not a writer and i think about that a lot.

AI: Thank you. How could the researchers follow up with you?

User: my site is [[hopecastellanos.com|URL]], newsletter at [[hopewrites.substack.com|URL]], and I'm [[@hopecastellanos.bsky.social|SOCIAL_HANDLE]] on bluesky. email [[hope at hopecastellanos dot com|OBF_EMAIL|spelled_at_dot]], or text [[5 0 3 - 5 5 5 - 0 1 4 2|OBF_PHONE|spaced_digits]]. i'm slow in [[summer|GENERIC_TIME]] bc my kids are home. and honestly, writers aren't anti tech, we're anti being replaced. big difference""")

T.append("""AI: Hello, and thank you for taking part. Could you describe your role?

User: Hi, of course. I'm [[Yuki Tanabe-Ross|PERSON]], I'm [[36|AGE]] and a [[postdoctoral research fellow|JOB_TITLE]] in marine ecology at the [[University of Aberdeen|SCHOOL]]. Before that I did my PhD at [[Hokkaido University|SCHOOL]], finished in [[2016|DATE]], then moved here.

AI: Thanks, [[Yuki|PERSON]]. How do you use AI in your research?

User: Literature first. I use [[Elicit|AI_PRODUCT]] to find papers, then read them properly myself. For analysis code I use [[GitHub Copilot|AI_PRODUCT]] inside [[RStudio|SOFTWARE]], which saves me hours on ggplot formatting.

AI: Does your lab group use it similarly?

User: Our [[PI|JOB_TITLE]], Prof. [[Alasdair Munro|PERSON]], is enthusiastic but a bit naive, he once pasted an unpublished dataset into a chatbot. My PhD student [[Ngozi Eze|PERSON]] is much more careful. She's working on seabird diets off [[Norway|COUNTRY]] and she checks every reference AI gives her because half were invented the first time. AI also helps with collaborations, like with [[Kenji Watanabe|PERSON]] at [[Kyoto University|SCHOOL]]. We write grant sections together and use [[DeepL|AI_PRODUCT]] to go between Japanese and English drafts. His address is [[kenji.watanabe アットマーク kyoto-u ドット ac ドット jp|OBF_EMAIL|foreign_words_ja]] if you want a Japanese perspective. [[Kenji|PERSON]] and I submitted to [[NERC|ORGANIZATION]] last round. Also on the research cruise in [[June 2023|DATE]] we had no internet so it was back to normal life, which was nice honestly.

AI: Are there any uses you'd avoid?

User: Peer review. I would never upload a manuscript I'm reviewing. And fieldwork logistics for [[Antarctica|CONTINENT]] next year, that's too important to trust to a chatbot. I know [[David Attenborough|PUBLIC_FIGURE]] is not a fan of technology replacing looking, and I agree a bit.

AI: If the team wanted to contact you, how should they?

User: Work email is [[y.tanabe-ross@abdn.ac.uk|EMAIL_ADDRESS]], and my ORCID is [[orcid.org/0000-0002-7814-3395|URL]]. I'm [[@yukitr@ecoevo.social|SOCIAL_HANDLE]] on mastodon. Phone is [[０７８４１ ２２９ ５６３|OBF_PHONE|fullwidth_digits]], sorry my keyboard is on Japanese input.

AI: Thank you very much, [[Yuki|PERSON]].

User: My pleasure. Busy in [[summer|GENERIC_TIME]] with field season, but otherwise happy to help, and [[Ngozi|PERSON]] said she'd join a follow up too, she's [[@ngozi_seabirds|SOCIAL_HANDLE]] on bluesky and her mobile is [[07 nine 5 3, one one 8, 4 oh 2|OBF_PHONE|mixed_words_digits]].""")

T.append("""AI: Hi, thanks for joining today. Could you tell me about your job?

User: hello po! I'm [[Kristine Joy Dela Cruz|PERSON]] but everyone calls me [[Joy|PERSON|word_name]]. I'm [[26|AGE]], [[Tier 2 support specialist|JOB_TITLE]] at [[TaskUs|ORGANIZATION]] in [[Lapu-Lapu City|CITY]], [[Cebu|CITY]]. We handle customer support for a telco client in the [[US|COUNTRY]], I can't say which one hehe.

AI: Thanks, [[Joy|PERSON]]. How does AI show up in your shifts?

User: we have an assist bot inside [[Zendesk|SOFTWARE]] that suggests replies. sometimes good, sometimes it suggests refund for something not refundable grabe. our [[TL|JOB_TITLE]] [[Ramil Bautista|PERSON]] always reminds us, read before you send. (if you want to interview him too his number is [[zero nine one eight, five five three, two two four one|OBF_PHONE|digit_words]]) also I use [[ChatGPT|AI_PRODUCT]] on my own phone to rephrase when [[the customer|GENERIC_ROLE]] is very angry, so I sound more calm.

AI: You mentioned [[Ramil|PERSON]] reminding everyone. Is using your own phone allowed by your employer?

User: hmm gray area haha. we can't paste account info. my seatmate [[Arnel|PERSON]] got a coaching because he pasted a customer's whole address, [[2291 Maple Ridge Dr, Apt 14|ADDRESS]], into some AI to fix the format. after that [[our OM|GENERIC_ROLE]] sent a memo to everyone. [[Arnel|PERSON]] laughs about it now, he even said you can email him, [[arnel.b (at) gmail com|OBF_EMAIL|paren_at_no_dot]]

AI: How did you learn to use these tools?

User: self taught mostly. I graduated from [[University of San Carlos|SCHOOL]] in [[2019|DATE]], BS Psych, no AI then. my cousin [[Jhoanna|PERSON]] works in [[Makati|CITY]] for another BPO and she taught me prompts. my mama [[Editha|PERSON]] also asks it for novena schedules lol.

AI: Do you use it for personal admin as well?

User: yes for my SSS loan, i asked how to compute. but i typed my SSS number [[34-5829174-6|NATIONAL_ID]] in the chat before i realized, hay naku. now i'm careful. it also helped me make my resume when I applied for Tier 2 last [[December|GENERIC_TIME]].

AI: If the research team needs to reach you again, how should they?

User: you can text [[0917 482 6613|PHONE_NUMBER]] or facebook [[facebook.com/joy.delacruz.2417|URL]]. email [[joydc (at) yahoo (dot) com|OBF_EMAIL|paren_at_dot]]. i live at [[Blk 4 Lot 17, Mahogany St.|ADDRESS]], [[Barangay Pusok|CITY]] if you need to send anything hehe. i'm on graveyard so message me in the afternoon. one more thing, AI helps but it can't say sorry like a real person. customers can tell. [[Ramil|PERSON]] says same thing. also busy during [[Sinulog|GENERIC_TIME]], the whole [[Philippines|COUNTRY]] is in [[Cebu|CITY]] that week haha""")

T.append("""AI: Hello, thanks for your time. Could you tell me about your work?

User: Hello, yes. My name is [[José Alfredo Garza Treviño|PERSON]], but call me [[Alfredo|PERSON]]. I am [[39|AGE]], [[sales executive|JOB_TITLE]] at [[Aceros del Norte|ORGANIZATION]] in [[Monterrey|CITY]], [[Nuevo León|CITY]]. We sell structural steel to builders. I am in this company since [[2014|DATE]].

AI: Thanks, [[Alfredo|PERSON]]. How do you use AI in sales?

User: The company has [[Salesforce|SOFTWARE]] and it has [[Einstein|AI_PRODUCT|person_like_product]] that gives me scores for the leads, which honestly I don't trust much. I use more [[ChatGPT|AI_PRODUCT]] to write quotations in english for clients in [[Texas|CITY]], and to prepare before meetings. And everything with clients is in [[WhatsApp|SOFTWARE]], that is how [[Mexico|COUNTRY]] works.

AI: Can you tell me about a specific client interaction?

User: Sure. We have [[Constructora Villarreal|ORGANIZATION]], the engineer there is [[Raúl Cantú|PERSON]]. Ingeniero [[Cantú|PERSON]] is very technical, so before I visit I ask it to explain the specs so I don't look lost. My boss, Lic. [[Patricia Salinas|PERSON]], the [[regional manager|JOB_TITLE]], says this made my closing rate better in [[2023|DATE]]. Her email, if you need, is [[patricia.salinas [arroba] acerosdelnorte [punto] com [punto] mx|OBF_EMAIL|foreign_words_es_bracket]].

AI: Are there concerns in your team about AI?

User: Yes, my colleague [[Memo|PERSON]] thinks the company will use it to cut commission. And in the [[US|COUNTRY]] clients ask if our quotes are written by robot lol. [[Carlos Slim|PUBLIC_FIGURE]] said something about AI and jobs, everybody forwarded it in the family group. My wife [[Mariana|PERSON]] uses it for her small business of cakes. Our kids [[Santiago|PERSON]], he is [[11|AGE]], and [[Ximena|PERSON]], [[7|AGE]], they use it for homework and I worry a little. Once I needed my CURP [[GATA851102HNLRRL04|NATIONAL_ID]] for a government form and I almost asked the chat to fill it, but no.

AI: If the researchers want to contact you later, what's the best way?

User: Work phone [[+52 81 1934 5570|PHONE_NUMBER]]. LinkedIn is [[linkedin.com/in/alfredo-garza-aceros|URL]]. Personal email is [[alfredo.garza arroba gmail punto com|OBF_EMAIL|foreign_words_es]]. My cell, [[ocho uno, dos seis siete cuatro, cero nueve uno ocho|OBF_PHONE|foreign_digit_words_es]]. The office is [[Av. Constitución 2250, Col. Obispado|ADDRESS]], [[Monterrey|CITY]].

AI: Thank you, [[Alfredo|PERSON]]. Anything else?

User: Only that AI is good for paper, but steel is sold with handshake. That doesn't change. Nobody buys steel in [[December|GENERIC_TIME]] anyway.""")

T.append("""AI: Good afternoon, and thanks for joining. Could you introduce yourself?

User: Prynhawn da! I'm [[Rhiannon Pritchard|PERSON]], I'm a [[senior policy officer|JOB_TITLE]] at the [[Welsh Government|ORGANIZATION]] in [[Cardiff|CITY]], working on housing. I'm [[in my fifties|AGE]], I joined the civil service in [[1998|DATE]] straight from [[Aberystwyth University|SCHOOL]].

AI: Thanks, [[Rhiannon|PERSON]]. How does AI feature in your work?

User: We've got [[Microsoft Copilot|AI_PRODUCT]] rolled out to some teams, it's in [[Outlook|SOFTWARE]] and it summarises meeting notes from [[Teams|SOFTWARE]]. I use it for first drafts of briefings. My [[Deputy Director|JOB_TITLE]], [[Gareth Llewellyn|PERSON]], asked us to keep a log of every time we use it for ministerial work, you could ask [[Gareth|PERSON]] about it, [[gareth dot llewellyn at gov dot wales|OBF_EMAIL|spelled_at_dot]]. It's about accountability really. If [[the minister|GENERIC_ROLE]] stands up in the Senedd with a figure, we need to know where it came from. Our [[analyst|JOB_TITLE]] Dr [[Amira Haddad|PERSON]] found a draft where it had invented a statistic about homelessness in [[Swansea|CITY]]. [[Amira|PERSON]] was furious, rightly.

AI: Has that changed how you personally use it?

User: I double check every number now. And we're running a consultation that closes [[28 February 2025|DATE]], and I'd never let it summarise the responses without a human read. [[Eluned Morgan|PUBLIC_FIGURE]] has been clear about that kind of thing, and [[Keir Starmer|PUBLIC_FIGURE]] is all in on AI in Whitehall so there's tension.

AI: Do you use AI outside work?

User: My husband [[huw|PERSON]] uses it to write his cycling club emails. I asked it once to help me fill in a pension transfer form and stopped when it got to my National Insurance number, [[JK 53 81 27 C|NATIONAL_ID]], that felt too far.

AI: If the research team wants to follow up, how should they reach you?

User: Work email is fine, [[rhiannon.pritchard@gov.wales|EMAIL_ADDRESS]], or my direct line [[029 2018 4473|PHONE_NUMBER]], or my mobile in Welsh as my husband writes it, [[dim saith wyth wyth pedwar, dau naw un, chwech dim tri|OBF_PHONE|foreign_digit_words_cy]]. Personal is [[rhi pritch at btinternet dot com|OBF_EMAIL|spelled_at_dot_spaces]] - no space between rhi and pritch obviously. Post would go to [[14 Heol y Deri|ADDRESS]], [[Rhiwbina|CITY]], [[CF14 6HF|ADDRESS]].

AI: Diolch, [[Rhiannon|PERSON]]. Anything else?

User: Only that in [[Wales|COUNTRY]] we're small enough to actually talk to each other about this, which helps. I'm off over [[Easter|GENERIC_TIME]] but otherwise around.""")

T.append("""AI: Hey, thanks for joining. Can you tell me a bit about yourself?

User: hey yeah. im [[Oisín Farrell|PERSON]], [[20|AGE]], second year comp sci at [[University of Galway|SCHOOL]] and i work part time as a [[barista|JOB_TITLE]] in [[Bean There Café|ORGANIZATION]] on [[27 Shop Street|ADDRESS]] in [[Galway|CITY]]. started there in [[September 2023|DATE]]

AI: Thanks, [[Oisín|PERSON]]. How do you use AI, for study and for work?

User: study, constantly. [[ChatGPT|AI_PRODUCT]] for explaining stuff, [[Claude|AI_PRODUCT]] for code. our lecturer Dr [[Mairéad Hynes|PERSON]] lets us use it if we declare it which is fair. work, less so, but the rota's on [[Deputy|SOFTWARE]] and it has some auto scheduling thing that gives me all the closes lol

AI: Does anyone at the café use AI?

User: the owner [[Aggie|PERSON]] does! she got it to write the whole menu descriptions (café number is [[091 five six two, 3 8 4|OBF_PHONE|mixed_words_digits]] if you want to ask her), like "velvety notes of hazelnut" on a flat white haha. my coworker [[Amber|PERSON|word_name]] thinks its cringe. [[Amber|PERSON]] does the latte art tiktoks, shes [[@amberpours|SOCIAL_HANDLE]], way more followers than the café. her email for collabs is [[amberpours at gmail dot com|OBF_EMAIL|spelled_at_dot]]

AI: Have you had any problems with AI for coursework?

User: one time yeah, it gave me a completely wrong answer for a java assignment and i didn't check. got 40%. my flatmate [[tadhg|PERSON]] said ya deserved that lad. lesson learned, i actually read the code now. [[Elon Musk|PUBLIC_FIGURE]] says coding is dead but i dunno, feels alive when its failing

AI: What about outside of study and work?

User: my mam [[Bernadette|PERSON]] in [[Tuam|CITY]] asks me to ask [[chatgpt|AI_PRODUCT]] things for her lol, like medical stuff which i keep telling her not to. also amber warnings for storms she wants explained. our flat's [[Apt 9, Headford Point|ADDRESS]], [[H91 E2K8|ADDRESS]] and the heating is broken so i had it write an email to the landlord

AI: If the team wants to reach you again, what works?

User: student email [[oisin.farrell2@universityofgalway.ie|EMAIL_ADDRESS]], or phone [[oh eight seven, two two one, four 6 9 3|OBF_PHONE|mixed_words_digits]]. im [[oisinfarrell_|SOCIAL_HANDLE]] on discord too. [[Saturdays|GENERIC_TIME]] im working all day so not then. and honestly uni should teach us how to use it properly instead of pretending we dont""")

T.append("""AI: Hello, thank you for joining. Could you tell me about yourself and your business?

User: Good afternoon! I am [[Adaeze Okonkwo-Bello|PERSON]], I'm [[37|AGE]], and I own [[Crumbs & Co. Bakery|ORGANIZATION]] in [[Surulere|CITY]], [[Lagos|CITY]]. We opened in [[2017|DATE]] with just me and one oven, now we are eleven staff.

AI: Congratulations. How does AI help in running the bakery, [[Adaeze|PERSON]]?

User: Mostly marketing and customer chats. Most orders come through [[WhatsApp Business|SOFTWARE]] and I now use [[Meta AI|AI_PRODUCT]] to draft quick replies. For captions on [[Instagram|SOFTWARE]] I use [[ChatGPT|AI_PRODUCT]]. My [[shop manager|JOB_TITLE]] [[Chinedu|PERSON]] handles the daily orders and he says it saves him an hour every morning. You can reach [[Chinedu|PERSON]] on [[zero eight zero nine, three three one, five seven seven two|OBF_PHONE|digit_words]].

AI: Do you have any larger clients?

User: Yes, corporate ones. [[Zenith Bank|ORGANIZATION]] orders small chops for their branch events. The admin lady there, Mrs [[Folake Adeyemi-Johnson|PERSON]], is very particular, so I used AI to write a proper proposal with pricing tables. She said it was the most professional one she got. [[Folake|PERSON]] doesn't know it was AI o! haha.

AI: [[Folake|PERSON]] sounds like a tough client! Are there things you don't trust AI with?

User: Money. [[My accountant|GENERIC_ROLE]] does our books, not AI. Also when registering for a loan I needed my NIN, [[48213967051|NATIONAL_ID]], and I typed it into a form directly, not into any chat. My husband [[Tunde|PERSON]] works in IT and warned me about that.

AI: How do your staff feel about it?

User: The young ones like it. My rider [[Musa|PERSON]] uses voice notes and AI to find addresses. Our delivery this morning was to [[23 Adeniran Ogunsanya Street|ADDRESS]], and the map gave him nonsense, so sometimes it's useless. In [[Nigeria|COUNTRY]] the maps are not always correct. [[Aliko Dangote|PUBLIC_FIGURE]] doesn't have this problem I'm sure!

AI: If the team wanted to follow up, how could they reach you?

User: Our page is [[@crumbsandco_ng|SOCIAL_HANDLE]], or call [[0803 617 2294|PHONE_NUMBER]]. My direct line is [[plus two three four, eight zero five, 441 0 9 2 7|OBF_PHONE|mixed_words_digits]]. Email [[adaeze[dot]bello[at]crumbsandco[dot]ng|OBF_EMAIL|bracket_at_dot]]. One more thing, before [[Christmas|GENERIC_TIME]] we are so busy, AI or no AI. And we want to expand to [[Ghana|COUNTRY]] one day, maybe AI will help with that research. I studied business at [[University of Lagos|SCHOOL]] but nothing prepared me for running this.""")

T.append("""AI: G'day, thanks for joining. Could you tell me about your work?

User: no worries. [[Jack Pemberton|PERSON]], [[47|AGE]], [[A-grade electrician|JOB_TITLE]], I run [[Pemberton Electrical|ORGANIZATION]] out of [[Geelong|CITY]]. mostly residential, some commercial fitouts down towards [[Torquay|CITY]]. did my apprenticeship through [[Gordon TAFE|SCHOOL]], ticketed since [[2009|DATE]]

AI: Thanks, [[Jack|PERSON]]. Where does AI come into an electrician's day?

User: more than youd think. quoting mainly. i jot the job on my phone and [[ChatGPT|AI_PRODUCT]] turns it into a proper quote, then it goes into [[Tradify|SOFTWARE]]. my wife [[Kylie|PERSON]] does the books in [[Xero|SOFTWARE]] and she's been using the AI bit in there to chase invoices. im a jack of all trades on the tools but hopeless on paperwork so its been good

AI: Do you use it on the tools at all?

User: sometimes for standards questions, but carefully. my apprentice [[Lachie|PERSON]], hes [[eighteen|AGE]] and posts all our jobs on insta as [[@lachie.sparks|SOCIAL_HANDLE]], asked it about cable sizing once and it gave him an american answer, wrong standard completely. i told him mate, AS/NZS 3000 is the book, not a chatbot. [[Lachie|PERSON]]'s learning

AI: How about your clients, do they know you use it?

User: main builder i work for is [[Coastline Homes|ORGANIZATION]], the owner [[Dimitri Papadopoulos|PERSON]] uses it himself for tenders so he doesnt care, [[dimitri [at] coastlinehomes [dot] com [dot] au|OBF_EMAIL|bracket_at_dot]] if you want his side. had a job last month at [[Unit 2/15 Moorabool Street|ADDRESS]] for his sister and the scope was basically written by AI on both ends lol

AI: Any concerns about privacy or data?

User: yeah [[kylie|PERSON]] wont let me put anything tax in it. she caught me typing my TFN, [[318 442 907|NATIONAL_ID]], into a chat to ask about a deduction and nearly killed me. [[Anthony Albanese|PUBLIC_FIGURE]] can have my TFN but the robot cant haha

AI: If the research team wanted to follow up with you, how would be best?

User: email [[jack@pembertonelectrical.com.au|EMAIL_ADDRESS]] or mobile [[0431 772 058|PHONE_NUMBER]]. if i dont answer im in a roof, try [[kylie|PERSON]] on [[oh four two two. five one eight. three six zero|OBF_PHONE|digit_words_dots]]. [[winter|GENERIC_TIME]] is quieter for us so thats a good time and look, sparkies should be using it for paperwork and nothing else. the day someone asks AI to wire a switchboard ill retire to [[New Zealand|COUNTRY]]""")

T.append("""AI: Hello, thank you for joining. Please tell me about yourself and your farm.

User: Thank you. My name is [[Wanjiru Kamau|PERSON]], I am [[fifty-two|AGE]] years. I keep dairy cows, fourteen milking, on our farm near [[Njoro|CITY]] in [[Nakuru County|CITY]]. I am member of [[Mau Narok Dairy Cooperative|ORGANIZATION]] since [[2012|DATE]].

AI: Thank you, [[Wanjiru|PERSON]]. How did you start using AI?

User: My son [[Kevin Mwangi|PERSON]], he is [[24|AGE]], he studied agriculture at [[Egerton University|SCHOOL]]. He put [[ChatGPT|AI_PRODUCT]] on my phone and showed me how to ask in Kiswahili. Before I used [[iCow|SOFTWARE]] SMS for tips. Now I ask the AI when a cow has a problem, then I call the vet.

AI: Can you give an example of how you used it?

User: In [[March 2023|DATE]], one cow, we call her Malkia, stopped eating. The AI said maybe milk fever and to call a vet quickly. Our extension officer Mr [[Otieno|PERSON]] from [[KALRO|ORGANIZATION]] came and agreed. But also he warned me, the AI sometimes gives advice for farms in [[North America|CONTINENT]], with feeds we don't have here.

AI: It sounds like Mr [[Otieno|PERSON]] was helpful there. Do other farmers in your cooperative use it?

User: Few. My neighbour [[Grace Chebet|PERSON]] uses it for calculating feed rations. Her number in Kiswahili way is [[sifuri saba mbili tano, tatu tisa nne, moja sita nane|OBF_PHONE|foreign_digit_words_sw]]. The young farm hand [[Kiprono|PERSON]] uses it more than me, he asks about prices in [[Uganda|COUNTRY]] for selling heifers. We also pay through [[M-Pesa|SOFTWARE]] and the cooperative sends messages on [[WhatsApp|SOFTWARE]].

AI: Are there any worries you have about it?

User: Yes, it asked once for my ID to register some app and I refused. My ID number is [[28471930|NATIONAL_ID]], I know it by heart but I don't give it to machines. Also during the drought of [[2022|DATE]] it could not tell me anything useful, only the [[long rains|GENERIC_TIME]] could help us. Even [[William Ruto|PUBLIC_FIGURE]] cannot make rain.

AI: How can the research team reach you if needed?

User: Phone [[0722 418 906|PHONE_NUMBER]]. Or my son's number [[+254 7 1 3 . 5 5 2 . 0 8 4|OBF_PHONE|spaced_digits]], he writes it like that on his facebook, [[facebook.com/kevin.mwangi.agri|URL]]. Email [[wanjiru.kamau.farm@gmail.com|EMAIL_ADDRESS]], [[Kevin|PERSON]] made it for me, his own is [[kevin.mwangi at gmail dot com|OBF_EMAIL|spelled_at_dot]]. Post to [[P.O. Box 1247-20107|ADDRESS]], [[Njoro|CITY]]. One more thing, in [[Kenya|COUNTRY]] we need the AI to know our cows, our land. Not just big farms. [[Kevin|PERSON]] says maybe one day.""")

T.append("""AI: Hi, thanks for talking with us. Could you tell me about your operation?

User: Sure thing. [[Dale Vanderhoek|PERSON]], I'm [[61|AGE]], corn and soybeans on about eighteen hundred acres outside [[Pella|CITY]], [[Iowa|CITY]]. Third generation. Graduated [[Iowa State|SCHOOL]] in [[1986|DATE]] and came right back home.

AI: Thanks, [[Dale|PERSON]]. How do you use AI on the farm?

User: Most of it's baked into the equipment. The planter and combine feed into [[John Deere Operations Center|SOFTWARE]] and we use [[Climate FieldView|SOFTWARE]] for yield maps. My son [[Bryce|PERSON]], he's [[33|AGE]], he's the one who really pushes it. He'll ask [[ChatGPT|AI_PRODUCT]] about fungicide timing and then check with our agronomist.

AI: Who's your agronomist?

User: [[Luis Becerra|PERSON]] at [[Heartland Co-op|ORGANIZATION]]. Good kid, real sharp, you can reach him at [[lbecerra AT heartlandcoop DOT com|OBF_EMAIL|caps_at_dot]]. [[Luis|PERSON]] says the AI gets the general idea right but doesn't know our ground, we've got a low spot on the south eighty that floods every [[spring|GENERIC_TIME]] and no computer knows that.

AI: What about the rest of your family?

User: My wife [[May|PERSON|word_name]] runs the books and she won't touch the AI stuff. We plant in [[May|GENERIC_TIME]] and she always jokes that's her month. She'd rather call somebody. Our daughter-in-law [[Kayla|PERSON]] set up a page for the farm stand though, [[facebook.com/vanderhoekfarmstand|URL]], and she uses AI for the posts.

AI: Any worries about data or privacy?

User: Some. The FSA paperwork wants my social, [[482-61-9037|NATIONAL_ID]], and [[Bryce|PERSON]] wanted to use some AI app to fill the forms and I said no sir. Who owns the data from the combine is a bigger question, [[Tom Vilsack|PUBLIC_FIGURE]] talked about it years ago and nothing much changed. [[Bryce|PERSON]] uses it to read market reports, his cell's [[641-five five five-0 1 7 3|OBF_PHONE|mixed_words_digits]] if you want the young man's view. Half our beans used to end up in [[China|COUNTRY]] and now [[Brazil|COUNTRY]] eats our lunch on that, so he's trying to figure out timing. I still call my guy at the elevator.

AI: If the team wanted to follow up, how should they reach you?

User: Home phone [[(641) 555-0128|PHONE_NUMBER]], or my cell, [[six four one, five five five, oh one nine nine|OBF_PHONE|digit_words]]. Email is [[dvanderhoek@iowatelecom.net|EMAIL_ADDRESS]]. Mail to [[1163 Fifield Road|ADDRESS]], [[Pella|CITY]]. Don't call during harvest, I won't pick up. Or [[Sunday|GENERIC_TIME]] morning, we're at [[Second Reformed Church|ORGANIZATION]].""")

T.append("""AI: Hello, thank you for joining. Could you tell me about your work?

User: Assalam o alaikum. I am Dr [[Hamza Qureshi|PERSON]], [[29|AGE]] years old, [[postgraduate resident|JOB_TITLE]] in internal medicine at [[Services Hospital|ORGANIZATION]], [[Lahore|CITY]]. I did MBBS from [[King Edward Medical University|SCHOOL]], graduated [[2019|DATE]].

AI: Thank you, Dr [[Qureshi|PERSON]]. How does AI come into your work?

User: On calls, when there is no senior around at 3am, I use [[ChatGPT|AI_PRODUCT]] and [[OpenEvidence|AI_PRODUCT]] to quickly check drug interactions and doses. Then I confirm in [[UpToDate|SOFTWARE]] when the hospital wifi works, which is not always haha. For my thesis I use it for statistics help in [[SPSS|SOFTWARE]].

AI: How do your seniors view this?

User: My supervisor Prof. [[Shazia Malik|PERSON]], [[Professor of Medicine|JOB_TITLE]], says use it but verify everything, and she quizzes us on ward round to make sure we understand. My colleague [[Ayesha|PERSON]] is very against, she says it makes us lazy. You can ask her, [[ayesha.n(at)kemu(dot)edu(dot)pk|OBF_EMAIL|paren_at_dot]]. Maybe she is right sometimes.

AI: Have you seen mistakes from the AI?

User: Yes. Once it gave dose for a patient with kidney failure without adjusting. I caught it. And it does not know our local situation, like which antibiotic is even available in our pharmacy. [[Andrew Ng|PUBLIC_FIGURE]] says AI is new electricity, but we have load shedding haha. My friend [[Bilal Ahmed|PERSON]] works in [[NHS|ORGANIZATION]] now in [[Birmingham|CITY]], he says they have AI scribes and everything. Many of us want to go to [[UK|COUNTRY]] or [[Saudi Arabia|COUNTRY]], I am preparing PLAB myself and use AI to make practice questions. [[Bilal|PERSON]] sends me tips every week.

AI: Do you have privacy concerns using it?

User: Yes, I never put patient name or MR number. For my own things also careful, when applying for passport renewal I did not paste my CNIC [[35202-8841736-3|NATIONAL_ID]] in any chatbot, only on government site.

AI: If the team needs to contact you later, how?

User: Phone [[+92 321 4478 902|PHONE_NUMBER]], my home number my father writes in Urdu like [[۰۴۲ ۳۵۸۸ ۱۷۲۶|OBF_PHONE|arabic_indic_digits]]. Email [[hamza.q.md [at] gmail [dot] com|OBF_EMAIL|bracket_at_dot]], and on twitter I am [[@drhamzaq|SOCIAL_HANDLE]]. Home address is [[House 112, Street 7, Block C|ADDRESS]], [[Model Town|CITY]], [[Lahore|CITY]], if any forms need sending. In [[Ramadan|GENERIC_TIME]] my duty timings change so please message first. One more thing, for [[Pakistan|COUNTRY]], AI can help doctors a lot because we have very few specialists. But we should be trained properly, not just learn from videos.""")

T.append("""AI: Hi, thanks for joining today. Can you tell me about your role?

User: Hi! I'm [[Katarzyna Wiśniewska|PERSON]], but please [[Kasia|PERSON]]. [[33|AGE]] years old, [[QA automation lead|JOB_TITLE]] at [[Comarch|ORGANIZATION]] in [[Kraków|CITY]]. I studied at [[AGH|SCHOOL]], finished in [[2015|DATE]], and stayed in the city since.

AI: Thanks, [[Kasia|PERSON]]. How do you use AI in testing?

User: A lot for writing test cases. I give [[ChatGPT|AI_PRODUCT]] the user story from [[Jira|SOFTWARE]] and it proposes edge cases, then I write the automated tests with [[Copilot|AI_PRODUCT]] helping. Our pipeline is on [[Jenkins|SOFTWARE]], which is funny because new people think [[Jenkins|SOFTWARE]] is a person on the team haha.

AI: How does your team feel about it?

User: My colleague [[Piotr Zieliński|PERSON]] (phone [[sześć zero dwa, trzy jeden osiem, dziewięć pięć siedem|OBF_PHONE|foreign_digit_words_pl]] if you want to ask him) is the sceptic, he says AI tests are testing the happy path only, and he is right about 50%. [[Oleksandr|PERSON]], who joined us from [[Ukraine|COUNTRY]] in [[2022|DATE]], is the opposite, he generates everything, write him at [[oleksandr . kovalenko @ comarch . com|OBF_EMAIL|spaced_symbols]]. Our [[test manager|JOB_TITLE]] [[tomasz|PERSON]] just wants the coverage number to go up lol.

AI: Has AI ever caused a problem in your work?

User: Yes in [[November 2024|DATE]] we had a bug go to production because [[Piotr|PERSON]]'s review trusted an AI generated assertion that was checking nothing. Since then we have rule, every AI test must fail first before it passes. Simple but it works.

AI: Do you use AI outside work, [[Kasia|PERSON]]?

User: For official things in [[Poland|COUNTRY]] sometimes, like understanding tax forms. But my PESEL, [[91041203586|NATIONAL_ID]], I never put there. My partner [[Bartek|PERSON]] uses it to plan hiking in Tatra. I also follow [[Robert Lewandowski|PUBLIC_FIGURE]] news with AI summaries, I'm not ashamed haha.

AI: If we wanted to follow up, how could we reach you?

User: GitHub is [[github.com/kwisniewska-qa|URL]]. Email, I write it like this: [[kasia.w małpa onet kropka pl|OBF_EMAIL|foreign_words_pl]]. Phone [[+48 601 273 944|PHONE_NUMBER]]. Address if you send something, [[ul. Limanowskiego 34/12|ADDRESS]], [[30-551|ADDRESS]] [[Kraków|CITY]], it's in [[Podgórze|CITY]]. One more thing, in [[Europe|CONTINENT]] the AI Act makes companies nervous, so we have many rules. Except at [[Christmas Eve|GENERIC_TIME]], then nobody cares about anything haha.""")

T.append("""AI: Hi, thanks for joining. Could you tell me about your role?

User: Hi! [[Shauna MacIsaac|PERSON]], [[42|AGE]], I'm a [[talent acquisition partner|JOB_TITLE]] at [[Harbourline Insurance|ORGANIZATION]] in [[Halifax|CITY]], [[Nova Scotia|CITY]]. Been recruiting since [[2012|DATE]], I did my BComm at [[Saint Mary's University|SCHOOL]] right here in town.

AI: Thanks, [[Shauna|PERSON]]. How is AI part of your recruiting work?

User: Sourcing mostly. [[LinkedIn Recruiter|SOFTWARE]] has the AI search now, and our ATS is [[Workday|SOFTWARE]]. I use [[ChatGPT|AI_PRODUCT]] to write job ads that don't sound like every other insurance job ad, and [[Otter|AI_PRODUCT|person_like_product]] records my intake calls with hiring managers.

AI: How do the hiring managers feel about that?

User: Depends. [[Liu Yifan|PERSON]], who leads our data team, loves it, she asks for the summary after every call. My teammate [[Mark Doucette|PERSON]] is more hesitant. [[Mark|PERSON|word_name]] thinks it makes us miss the human stuff, and honestly he's not off the mark. He'd talk to you, [[mark.doucette (at) harbourline (dot) ca|OBF_EMAIL|paren_at_dot]].

AI: Can you give an example where AI helped or hurt?

User: Helped: we had a candidate, [[Adebola Oyewole|PERSON]], whose resume got filtered out by the ATS because of a weird format. I noticed only because I was using AI to double-check the rejects. She's now one of our best underwriters. Hurt: AI wrote a job ad that said "young and energetic team", which, no. [[The VP of People|GENERIC_ROLE]] caught it before it went live.

AI: Are there privacy considerations you think about?

User: Constantly. Candidates send everything, one guy sent his SIN, [[613 208 447|NATIONAL_ID]], on his cover letter for some reason. That does not go anywhere near an AI tool. Our legal team made a whole policy in [[January|GENERIC_TIME]] after that. [[Satya Nadella|PUBLIC_FIGURE]] can say whatever he wants about [[Copilot|AI_PRODUCT]], we're careful. Outside work I do use it, I coach my daughter [[Maeve|PERSON]]'s hockey team, she's [[ten|AGE]], and I had it draft the practice plans. My husband [[Rory|PERSON]] thinks that's cheating lol.

AI: If the research team wants to follow up, what's the best way?

User: LinkedIn is [[linkedin.com/in/shauna-macisaac-hr|URL]], work email [[smacisaac@harbourline.ca|EMAIL_ADDRESS]], or phone [[902-555-0164|PHONE_NUMBER]]. Personal is [[shauna.macisaac AT gmail DOT com|OBF_EMAIL|caps_at_dot]]. We moved to [[5547 Cornwallis Street|ADDRESS]] in the north end last year, if anything needs mailing. And one last thing, recruiting is a people job, [[Canada|COUNTRY]] is a small market and everyone talks. AI can't fix a bad reputation.""")

T.append("""AI: Hello, thanks for joining. Could you start by telling me about yourself?

User: Alright. [[Darren Coombes|PERSON]], I'm [[fifty|AGE]], I own [[Coombes & Son Plumbing|ORGANIZATION]] in [[Bedminster|CITY]], [[Bristol|CITY]]. Started as an apprentice in [[1994|DATE]] through [[City of Bristol College|SCHOOL]], had my own firm since [[2008|DATE]].

AI: Thanks, [[Darren|PERSON]]. Where does AI fit in for a plumbing business?

User: The office side. [[Bev|PERSON]] runs the office, she's been with me fifteen years, and she uses [[ChatGPT|AI_PRODUCT]] for replying to reviews on [[Checkatrade|SOFTWARE]]. Jobs are booked in [[Jobber|SOFTWARE]] and invoices go through [[QuickBooks|SOFTWARE]]. Me, I use it to write up boiler reports in plain English for customers.

AI: Is the rest of the team using it?

User: My son [[Kieran|PERSON]], he's [[22|AGE]], he's the apprentice and he's always on it. Asked it how to fix a combi fault and it told him something that'd void the warranty. I said [[kieran|PERSON]], ring the manufacturer, that's what they're for.

AI: Could you share an example of it going well?

User: A landlord client, [[Sukhwinder Gill|PERSON]], has nine flats across town and wanted a planned maintenance schedule. I had AI lay it out in a table, took me twenty minutes instead of an evening. He said you can ring him, [[07 4 seven 2, 9 one 8, 3 3 5|OBF_PHONE|mixed_words_digits]]. And one of his tenants, Mr [[Pham Van Long|PERSON]], doesn't speak much English, so I used it to translate the safety info into Vietnamese. [[Sukhwinder|PERSON]] was chuffed with that.

AI: That's a nice example with [[Sukhwinder|PERSON]]'s flats. Any worries about using it?

User: Tax stuff, no chance. [[My accountant|GENERIC_ROLE]] would have a fit. I had to give my NI number, [[PW 71 44 09 A|NATIONAL_ID]], for some scheme thing and [[Bev|PERSON]] made me do it on the phone to a person. And [[Martin Lewis|PUBLIC_FIGURE]] is always going on about scams so I'm careful.

AI: If we want to follow up, how should we contact you?

User: Office is [[0117 496 0823|PHONE_NUMBER]], [[Bev|PERSON]] will answer, or email her on [[bev at coombesplumbing dot co dot uk|OBF_EMAIL|spelled_at_dot]]. Email [[darren@coombesplumbing.co.uk|EMAIL_ADDRESS]]. Or my mobile, [[oh seven nine eight one, 4 4 0, 2 nine 7|OBF_PHONE|mixed_words_digits]]. Our Facebook's [[facebook.com/coombesplumbingbristol|URL]] and the yard is [[88 North Street|ADDRESS]], [[BS3 1HJ|ADDRESS]]. And mind, in [[winter|GENERIC_TIME]] when every boiler in [[Bristol|CITY]] packs up, no AI is coming out at midnight. That's still us.""")

T.append("""AI: Hi, thanks for joining today. Can you tell me about your job?

User: Hey! I'm [[Destiny Robinson|PERSON]], [[28|AGE]], [[paralegal|JOB_TITLE]] at [[Kessler Mayfield & Ruiz|ORGANIZATION]], personal injury, downtown [[Chicago|CITY]]. I live in [[Bronzeville|CITY]]. Got my certificate from [[Roosevelt University|SCHOOL]] in [[2019|DATE]].

AI: Thanks, [[Destiny|PERSON]]. How do you use AI in your work?

User: We use [[Westlaw|SOFTWARE]] and [[Lexis+ AI|AI_PRODUCT]] for research, and the firm just got [[Claude|AI_PRODUCT]] for drafting. Matters are in [[Clio|SOFTWARE]]. I use it mostly to summarize medical records, which can be like 900 pages for one client.

AI: Can you walk me through an example?

User: So we have a client, [[Terrence Booker|PERSON]], car accident, tons of records. I ran them through to get a chronology. Attorney [[Grant Mayfield|PERSON]] reviewed it and said it was the cleanest chrono he'd seen, his cell is [[three one two - five five five - zero one nine one|OBF_PHONE|digit_words]] if you want to ask him. But the records had [[Terrence|PERSON]]'s SSN, [[341-72-5508|NATIONAL_ID]], all over them and I hadn't redacted first, so that was a whole thing with IT. [[Grant|PERSON]] made a rule, redact before upload, period. Our [[office manager|JOB_TITLE]] [[Marisol Ruiz|PERSON]] built a checklist. [[The judge|GENERIC_ROLE]] in one of our cases also issued an order about AI disclosure so everyone's paying attention now.

AI: It sounds like [[Marisol|PERSON]]'s checklist made a difference. How do you feel about AI for your career?

User: Honestly a little nervous. Paralegals do a lot of what it does. But my mentor, [[Wanda Ellis|PERSON]], she's a [[senior paralegal|JOB_TITLE]] at another firm, says learn it or get left behind, she's [[wanda.ellis[@]gmail[.]com|OBF_EMAIL|bracketed_symbols]] if you want to talk to her. Even [[Kim Kardashian|PUBLIC_FIGURE]] is studying law lol so who knows what the future looks like.

AI: Do you use it outside work?

User: For my daughter [[Nia|PERSON]], she's [[five|AGE]], I ask it for bedtime story ideas. And we have a hearing on [[April 22, 2025|DATE]] for [[Terrence|PERSON]] so I've been up late using it to prep exhibits. Client's address is [[4417 S. King Drive, Apt 2F|ADDRESS]], I had it format the service list.

AI: If the research team needs to follow up, what's best?

User: Work email [[drobinson@kmrlaw.com|EMAIL_ADDRESS]] or desk [[(312) 555-0176|PHONE_NUMBER]]. Personal is [[d e s t i n y r 9 4 @ g m a i l . c o m|OBF_EMAIL|spaced_letters]]. I'm [[@destinyrobinsonparalegal|SOCIAL_HANDLE]] on tiktok too, I post about law firm life. [[Mondays|GENERIC_TIME]] are terrible, anything else works.""")

T.append("""AI: Hello, thanks for taking the time. Could you tell me about your work?

User: Sure. I'm [[Emeka Obi|PERSON]], [[35|AGE]], [[territory sales manager|JOB_TITLE]] with [[Medtronic|ORGANIZATION]] covering [[Leinster|CITY]]. Based in [[Dublin|CITY]], live out in [[Lucan|CITY]]. Joined in [[2018|DATE]] after a few years in pharma.

AI: Thanks, [[Emeka|PERSON]]. How does AI come into medical device sales?

User: Call notes and prep. Everything's logged in [[Salesforce|SOFTWARE]], and we've [[Gong|AI_PRODUCT]] recording some of the virtual calls. I use [[ChatGPT|AI_PRODUCT]] to draft follow up emails and to summarize papers before I meet surgeons.

AI: Who are the surgeons you work with?

User: A lot of orthopaedics. Mr [[Padraig Walsh|PERSON]], a [[consultant orthopaedic surgeon|JOB_TITLE]] at [[Beacon Hospital|ORGANIZATION]], is one of my biggest accounts. [[Padraig|PERSON]] tests me on the literature, so if AI summarised something wrong he'd catch me in a second. [[The theatre nurses|GENERIC_ROLE]] catch more than anyone though.

AI: How does your manager view AI use?

User: My manager [[Róisín Daly|PERSON]] is all for it but compliance is strict. No patient info anywhere near it, ever. She'd probably talk to you, [[roisin.daly at medtronic dot com|OBF_EMAIL|spelled_at_dot]]. [[Róisín|PERSON]] had us all do training in [[Q1 2024|DATE]]. [[Jensen Huang|PUBLIC_FIGURE]] says every company will be AI, but in med tech every sentence goes past regulatory first.

AI: Do you use it at home, [[Emeka|PERSON]]?

User: My wife [[Ifeoma|PERSON]] uses it way more than me, she's a teacher. Our twins [[Kene|PERSON]] and [[Obinna|PERSON]] are [[four|AGE]], so mostly it's for figuring out why they won't sleep. We visit family in [[Nigeria|COUNTRY]] most years and she used it to plan the whole trip. I was doing my tax return online and had my PPS, [[6638921WA|NATIONAL_ID]], on the screen while asking a chatbot about the form. Closed it quick. In [[Ireland|COUNTRY]] people are less paranoid than they should be I think.

AI: If the team wants to reach you later, how's best?

User: Work is [[emeka.obi@medtronic.com|EMAIL_ADDRESS]] or [[+353 86 417 2290|PHONE_NUMBER]]. Personal mobile [[oh eight three, six 0 two, nine nine one four|OBF_PHONE|mixed_words_digits]]. LinkedIn is [[linkedin.com/in/emekaobi-medtech|URL]]. Home is [[17 Esker Lawns|ADDRESS]], [[Lucan|CITY]], [[K78 D2W6|ADDRESS]]. I studied at [[Trinity College Dublin|SCHOOL]] so I'm in town a lot too. Avoid [[Fridays|GENERIC_TIME]], I'm in theatre all day.""")

T.append("""AI: Hi, thanks so much for joining. Could you tell me about yourself?

User: Hello! I'm [[Pip Harcourt|PERSON]], well, Penelope on paper, but [[Pip|PERSON]]. I'm [[58|AGE]], a [[CPA|JOB_TITLE]], and I run [[Harcourt Bookkeeping|ORGANIZATION]] from home in [[Sandy Bay|CITY]], [[Hobart|CITY]]. Graduated from the [[University of Tasmania|SCHOOL]] in [[1989|DATE]], which dates me!

AI: Thanks, [[Pip|PERSON]]. How does AI figure in your bookkeeping?

User: Receipts mostly. [[Dext|SOFTWARE]] reads them, [[Hubdoc|SOFTWARE]] too for some clients, and it all lands in [[Xero|SOFTWARE]]. I've started using [[Microsoft Copilot|AI_PRODUCT]] to draft emails to clients who owe me paperwork, which is all of them.

AI: What kinds of clients do you work with?

User: Small businesses. [[Salamanca Cider Co.|ORGANIZATION]], owner's [[Rhys Calloway|PERSON]]. A lovely Korean restaurant owner, [[Kim Min-jun|PERSON]], whose BAS I do. And [[Wayan Sudarsana|PERSON]], who runs a Balinese catering business. [[Wayan|PERSON]] asked if he could just use [[ChatGPT|AI_PRODUCT]] instead of me, and I said go for it, ring me when the ATO calls.

AI: Have you seen AI get things wrong for clients?

User: Oh yes. [[Rhys|PERSON]] used a chatbot to work out GST on cider and it applied the wrong rate for wine equalisation tax. Caught it before lodgement. I also had a client email their TFN, [[427 115 389|NATIONAL_ID]], to me in plain text and ask if they could just paste it into an AI, and I said please don't.

AI: Do you use AI personally?

User: My daughter [[Hannah|PERSON]] lives in [[Melbourne|CITY]] and she set it up for me. I use it for recipes and to read up on what [[Jim Chalmers|PUBLIC_FIGURE]] announced in the budget, then I check with the actual documents. As for my profession, for the bread and butter data entry, it's already here. For advice, not yet. I tell my bookkeeper friend [[Sunita Rao|PERSON]] in [[Launceston|CITY]] that the ones who'll struggle are people who never learnt the basics. [[Sunita|PERSON]]'s happy to chat too, [[sunita dot rao at outlook dot com dot au|OBF_EMAIL|spelled_at_dot]].

AI: How should the research team contact you if needed?

User: Office line [[(03) 6224 7718|PHONE_NUMBER]], email [[pip@harcourtbooks.com.au|EMAIL_ADDRESS]]. Personal, [[pip dot harcourt at bigpond dot com|OBF_EMAIL|spelled_at_dot]] and mobile [[0 4 1 8 - 3 3 0 - 2 7 6|OBF_PHONE|spaced_digits]], sorry it's the only way I write it. Post to [[6/41 Sandy Bay Road|ADDRESS]], [[Sandy Bay|CITY]] [[TAS 7005|ADDRESS]]. I'm useless on [[Sunday nights|GENERIC_TIME]], that's my tax-free time!""")

write_set(T, sys.argv[1] if len(sys.argv) > 1 else "set_h")
