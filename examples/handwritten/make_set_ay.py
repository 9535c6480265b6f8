import sys
from markup import write_set
T = []

# 1 Nigeria - molecular biology PhD student
T.append("""AI: Thanks for making time today. To start, could you tell me a bit about yourself and what your research involves?

User: Sure. My name is [[Adaeze Okonkwo|PERSON]], I'm [[28|AGE]], and I'm a [[PhD student|JOB_TITLE]] in molecular biology at the [[University of Lagos|SCHOOL]]. Most people just say [[UNILAG|SCHOOL]]. I work on antimicrobial resistance in bacteria isolated from hospital wastewater, mostly samples from [[Lagos Island|CITY]] and [[Yaba|CITY]]. I started the programme in [[September 2021|DATE]], after my master's at [[Obafemi Awolowo University|SCHOOL]] in [[Ile-Ife|CITY]]. So I'm in the wet lab most days, culturing, running PCR, and sometimes sequencing when we can actually afford the kits.

AI: And where does AI come into that work, if at all?

User: More than I expected, honestly. The first thing was [[ChatGPT|AI_PRODUCT]] for protocols. You find a method in a paper that assumes you have a particular centrifuge or a reagent we simply don't stock, and I ask it how I could adapt the steps. It's not always right, but it gives me a starting point that I then take to our [[lab technician|JOB_TITLE]], Mrs [[Bello|PERSON]]. She has been in that lab since before I was born and she will tell you straight if something is nonsense. For the sequencing data I use [[Copilot|AI_PRODUCT]] inside [[VS Code|SOFTWARE]] to help me write [[Python|SOFTWARE]] scripts, because nobody taught us bioinformatics properly. I learned most of it from [[YouTube|SOFTWARE]] and from arguing with the chatbot.

AI: You mentioned Mrs [[Bello|PERSON]]. Who else is involved in your day-to-day work?

User: My [[supervisor|GENERIC_ROLE]] is Professor [[Babatunde Adeyemi|PERSON]]. He's quite traditional about writing, he does not want AI anywhere near the thesis text, full stop. Then there's [[Tunde|PERSON]], who is a year ahead of me, and [[Chiamaka|PERSON]], who joined in [[January 2023|DATE]]. [[Tunde|PERSON]] is the one who got me into using [[Claude|AI_PRODUCT]] for reading papers, you paste in a long methods section and ask what the controls were. We share a bench and argue about everything, football, pipettes, whether [[Mikel Arteta|PUBLIC_FIGURE]] should be sacked. [[Chiamaka|PERSON]] is more careful than both of us. She keeps a little notebook of every prompt she used for anything that ends up in a figure.

AI: How does Professor [[Adeyemi|PERSON]]'s position affect how you actually use these tools?

User: It makes me very deliberate. In group meeting [[last Thursday|GENERIC_TIME]] he said, if I cannot tell whether it's you or the machine, I will assume it's the machine. So I use AI upstream, for understanding and for code, and never for the sentences he reads. Everything I submit goes through [[Turnitin|SOFTWARE]] anyway, and the department has its own AI checker now, which flags half of the non-native English writers in the building, so that's another problem. I think he's partly right though. When I wrote my first literature review with a lot of help, I couldn't defend it in my head afterwards. That scared me. There are also things I've stopped using it for completely. Statistics, for one. I don't let it choose tests for me anymore. Early on it told me to use a t-test on data that was clearly not normal, and I almost believed it. Now I go to Dr. [[Ifeoma Nwosu|PERSON]] at the [[Nigerian Institute of Medical Research|ORGANIZATION]]; she's a [[biostatistician|JOB_TITLE]] and she is generous with her time. Also anything with patient metadata. The hospital samples come with ward information and admission dates, and I would never paste that into a website hosted in the [[US|COUNTRY]] or wherever. Even anonymised, I just don't.

AI: What about cost and access? Does that shape things?

User: Completely. The subscription is twenty dollars and the naira has been falling, so [[Tunde|PERSON]] and I split one account, which I know is against the rules. We also lose power a lot, so sometimes I'm writing code by torchlight on my phone with mobile data. My mum in [[Enugu|CITY]] thinks I'm paying for a dating app. My younger brother [[Obinna|PERSON]], he's [[nineteen|AGE]], uses it for his engineering homework more than I do, so maybe the whole family should contribute. People in [[Europe|CONTINENT]] don't think about this, but in [[Nigeria|COUNTRY]] the price of a tool decides who gets to be productive.

AI: Two last things. If a reader of our study wanted to follow up about your antimicrobial resistance work, how could they reach you? And what would you want the people who build these tools to understand about researchers like you?

User: The university address is best. I write it out on posters like this so the scrapers don't get it: [[adaeze dot okonkwo at unilag dot edu dot ng|OBF_EMAIL|spelled_at_dot]]. Please don't give out my phone number, my [[supervisor|GENERIC_ROLE]] already calls it at strange hours. And for your second question, what I want the builders to understand is that we're not cheating, we're compensating. I don't have a bioinformatician down the corridor or a writing centre with ten staff. If the tool is honest about what it doesn't know, it can make a small lab in [[Lagos|CITY]] feel less alone. But the day it starts inventing references for me, I am done with it.""")

# 2 Brazil - children's book illustrator
T.append("""AI: Hi, thanks for agreeing to talk. Could you introduce yourself and your work?

User: Of course! I'm [[Luana Ferreira|PERSON]], everyone calls me [[Lu|PERSON]]. I'm an [[illustrator|JOB_TITLE]], mostly children's picture books, and I live in [[Vila Madalena|CITY]], in [[São Paulo|CITY]]. I'm [[34|AGE]]. I studied at [[Belas Artes|SCHOOL]], then worked for seven years at an ad agency, [[Agência Coral|ORGANIZATION]], doing storyboards for TV commercials. I went freelance in [[2019|DATE]], which was brave or stupid, depending on the month. Right now I'm illustrating a book for [[Editora Girassol|ORGANIZATION]], a small publisher here. The author is [[Renata Kobayashi|PERSON]], she wrote a story about a girl who collects rain in jars. My [[editor|GENERIC_ROLE]] there is [[Marina Lopes|PERSON]]. [[Marina|PERSON]] sends me the manuscript, I do thumbnails, then roughs, then final art. I paint everything in [[Procreate|SOFTWARE]] on the iPad and do colour corrections in [[Photoshop|SOFTWARE]]. Thirty-two pages, around four months of work.

AI: And does AI play a role anywhere in that process?

User: It's complicated, and I have strong feelings. I do not use [[Midjourney|AI_PRODUCT]] or anything like that for final images. Never. Those models were trained on work from people like me without asking, and in the illustration community in [[Brazil|COUNTRY]] using it is basically social suicide. But I'm not pure either. I use [[ChatGPT|AI_PRODUCT]] for the boring side: writing invoices in English for foreign clients, translating contracts, and once to understand a clause about territorial rights that my [[lawyer|JOB_TITLE]] friend [[Caio|PERSON]] then explained properly. And [[Photoshop|SOFTWARE]] has [[Generative Fill|AI_PRODUCT]] now, which I used to extend a background when the printer asked for more bleed. I felt guilty for about a day.

AI: How do your publisher and [[Marina|PERSON]] feel about AI?

User: [[Girassol|ORGANIZATION]] added a clause this year, the artist guarantees no generative AI in the artwork. I signed it happily. [[Marina|PERSON]] herself uses [[Gemini|AI_PRODUCT]] to summarise submissions, she told me they get hundreds of manuscripts and two editors. I think that's fair? But then I remember that someone's book is being judged by a summary and I get a little sad. The big fear among my friends is art directors who use AI for the mood board and then ask us to "just match this". That happened to my friend [[Bia|PERSON]] with a game company in [[Curitiba|CITY]]. They sent her forty generated images and wanted it for half the fee.

AI: Has it affected your income?

User: Yes. The small jobs disappeared first, spot illustrations for blogs, little icons, magazine fillers. Those used to pay my rent in the slow months, like [[January|GENERIC_TIME]] and [[February|GENERIC_TIME]]. Now clients generate them. Books are still human, for now, because publishers are scared of the copyright situation and because parents care. My partner [[Eduardo|PERSON]], [[Dudu|PERSON]] we call him, keeps saying I should learn to use the tools so I'm not left behind. We fight about it at dinner. What keeps me going is other people's examples. [[Hayao Miyazaki|PUBLIC_FIGURE]] saying AI art was an insult to life itself, that video went around every group chat I'm in. But closer to home, I admire [[Renata|PERSON]], the author. She asked me in our first call whether I wanted her to put a "no AI" note in the credits. Nobody had ever asked me that. Small things like that matter.

AI: Where can people see your work, for the study's records?

User: [[Instagram|SOFTWARE]] mainly, [[@lu.tracos|SOCIAL_HANDLE]], and commissions come through email. I write it in a funny way on my bio: [[luana arroba tracoleve ponto com ponto br|OBF_EMAIL|portuguese_arroba_ponto]]. It stops most of the spam bots, though not the crypto guys.

AI: Last thing. If you could change one thing about how AI is used in your field, what would it be?

User: Consent and payment. If my drawings are in a dataset, tell me, and pay me, even a little. My mother in [[Curitiba|CITY]] sews quilts and if someone copied her patterns she would be at their door with scissors. Artists deserve the same basic respect. And make the labelling honest, so a parent buying a book knows a person drew it.""")

# 3 Japan - indie game designer
T.append("""AI: Thank you for joining from [[Japan|COUNTRY]]. Could you start by describing your role?

User: Yes. I'm [[Sakura Ishida|PERSON]], [[31|AGE]] years old, and I'm the [[game designer|JOB_TITLE]] at a very small indie studio in [[Kyoto|CITY]] called [[Kamogawa Games|ORGANIZATION]]. There are five of us. I design the systems and levels, and because we are small I also write some dialogue and do a little scripting. Before this I worked at [[Capcom|ORGANIZATION]] in [[Osaka|CITY]] from [[2016|DATE]] to [[2020|DATE]] as a [[junior level designer|JOB_TITLE]], which was good training but very big and slow. At the moment we're making a cozy puzzle game about repairing old radios in a mountain village. We hope to release it on [[Steam|SOFTWARE]] and [[Nintendo Switch|SOFTWARE]] [[next year|GENERIC_TIME]]. The studio was founded by [[Kenji Mori|PERSON]], he's the [[programmer|JOB_TITLE]] and also the [[boss|GENERIC_ROLE]], and our [[artist|JOB_TITLE]] is [[Yui Tanabe|PERSON]]. [[Yui|PERSON]] and I studied together at [[Ritsumeikan University|SCHOOL]], that's how I joined.

AI: How does AI fit into your daily work there?

User: Mostly in three places. First, code. We use [[Unity|SOFTWARE]], and I'm not a real coder, so [[GitHub Copilot|AI_PRODUCT]] helps me write small C# scripts for puzzle logic. [[Mori|PERSON]]-san checks everything before it goes into the main branch. Second, localisation. Our first language is Japanese, and for the English version we use [[DeepL|AI_PRODUCT]] and [[ChatGPT|AI_PRODUCT]] to make a draft, and then we pay a [[freelance translator|JOB_TITLE]], [[Emily Carter|PERSON]], who lives in [[Sapporo|CITY]], to fix the tone. Machine translation makes jokes flat. Third, brainstorming puzzle ideas. I ask for fifty variations of a mechanic and maybe two are interesting.

AI: Have you used generative tools for art?

User: No, and this was a real discussion inside the studio. [[Mori|PERSON]]-san thought we could use [[Stable Diffusion|AI_PRODUCT]] for background textures to save time. [[Yui|PERSON]] was very upset, because her style is the soul of the game. In the end we agreed: no generated art, no generated music. We even put this on the store page. Players in the indie community care a lot, and a studio in [[Tokyo|CITY]] got a very bad reaction [[last year|GENERIC_TIME]] when people found AI images in their trailer. People sometimes ask me about famous designers. I read everything [[Hideo Kojima|PUBLIC_FIGURE]] says, of course, everyone does. But he has a hundred people; his situation is different. More practically, I follow small developers online who share their process. For me the question is always, does this tool remove boring work, or does it remove the part where I think? [[Copilot|AI_PRODUCT]] removes boring work. Asking [[ChatGPT|AI_PRODUCT]] to design the puzzle would remove thinking, so I only use it for quantity, not quality.

AI: How do you keep track of what was made with AI help, if at all?

User: We have a rule in our task board, in [[Notion|SOFTWARE]]. Any card where AI was used gets a small purple tag. It's partly for the store disclosure and partly for us. When a bug appears, often it's in code that nobody fully understood, and the purple tag helps us find it. [[Mori|PERSON]]-san made this rule after a save system bug in [[March|GENERIC_TIME]] that took three days to find.

AI: If a researcher wanted to contact the studio about this interview, what's the best way?

User: Please use the studio phone, I answer it on [[weekdays|GENERIC_TIME]]: [[０７５−４３１−８８２０|OBF_PHONE|fullwidth_digits]]. And on social media I'm [[@sakura_makes_games|SOCIAL_HANDLE]], but I don't check messages often.

AI: Is there anything we haven't asked that you think matters?

User: Maybe this. For very small studios outside big cities, AI is a little like having an extra junior person. It helps us compete. But if platforms fill with cheap generated games, then small studios like us disappear in the noise. So the same technology helps and hurts us at once. My father, who ran a radio repair shop in [[Fushimi|CITY]], says every new machine is like that. He is the reason the game exists, actually.""")

# 4 Germany - structural biology postdoc
T.append("""AI: Thanks for joining. Could you tell me about your position and research?

User: Sure. I'm [[Tobias Hartmann|PERSON]], I'm a [[postdoc|JOB_TITLE]] in structural biology at [[EMBL|ORGANIZATION]] in [[Heidelberg|CITY]]. I've been here since [[April 2022|DATE]]. Before that I did my PhD at [[LMU Munich|SCHOOL]]. I'm [[36|AGE]], which in academia means I'm still called a young scientist. I work on membrane transporters, mostly with cryo-electron microscopy.

AI: How has AI changed that kind of research?

User: Enormously, and mostly because of [[AlphaFold|AI_PRODUCT]]. When I started my PhD, getting a structural model of a new protein could take years. Now the predicted model is the starting point for everything. We use it to design constructs, to guess which loops are flexible, and to dock into our density maps in [[ChimeraX|SOFTWARE]]. For processing the microscope data we use [[RELION|SOFTWARE]] and [[cryoSPARC|SOFTWARE]], which have machine learning particle pickers built in now. Honestly, I sometimes don't know where the classical software ends and the AI begins.

AI: Who do you work with most closely?

User: My [[group leader|GENERIC_ROLE]] is Dr. [[Sabine Krüger|PERSON]]. The [[Krüger|PERSON]] lab is eight people. I work daily with [[Aiko|PERSON]], a [[PhD student|JOB_TITLE]] from [[Japan|COUNTRY]], and with [[Matteo|PERSON]], who runs the microscope facility. [[Matteo|PERSON]] is the one who taught me to distrust pretty maps. [[Sabine|PERSON]] is very pragmatic about AI. Her view is that the model is a hypothesis, the experiment is the answer.

AI: What about language models, like chatbots?

User: I use [[Claude|AI_PRODUCT]] for writing, mainly grants. I'm currently writing an application to the [[DFG|ORGANIZATION]], and German grant language is its own special dialect. I write my draft in English, ask [[Claude|AI_PRODUCT]] to tighten it, and then run the German summary through [[DeepL|AI_PRODUCT]] and fix it myself. [[Sabine|PERSON]] reads the final version. She once found a sentence that claimed we had preliminary data we did not have. The model had just, how do you say, made it more confident. That was a lesson. So now I compare every edited paragraph with my original using a diff in [[Word|SOFTWARE]], which is boring but necessary. And I never let it touch the methods section. Methods must be exactly what we did. I also keep the prompts in our electronic lab notebook, we use [[eLabFTW|SOFTWARE]], in case a [[reviewer|GENERIC_ROLE]] asks. Nobody has asked yet.

AI: How do you feel about the broader direction of AI in biology?

User: Mixed. When [[Demis Hassabis|PUBLIC_FIGURE]] got the Nobel, there was champagne in our coffee room, because it really changed the field. But there's also pressure now. [[Reviewers|GENERIC_ROLE]] ask why you did an expensive experiment when a prediction exists. For the membrane proteins I work on, predictions are often wrong in the interesting parts, exactly where the transport happens. So I spend time defending experimental work that five years ago nobody would question. Outside work, well. I have two kids. [[Finn|PERSON]] is [[six|AGE]] and [[Lotte|PERSON]] is [[three|AGE]]. My wife [[Katrin|PERSON]] works in [[Mannheim|CITY]], so we live in between, in [[Schwetzingen|CITY]]. Honestly, AI saves me maybe two hours a week of writing, and those two hours go to picking up [[Finn|PERSON]] from football on [[Wednesdays|GENERIC_TIME]]. That is the real productivity gain.

AI: If the research team needs to reach you later, how should they do that?

User: Email is fine through the [[study coordinator|GENERIC_ROLE]], but you can also call my office, I'll say it the way I say it on the phone: [[null sechs zwei zwei eins, drei acht sieben, vier vier null|OBF_PHONE|german_number_words]]. If nobody answers I'm probably at the microscope in the basement, which has no signal. And one more thing, if I may. The best use of AI in my lab isn't glamorous. It's the particle picker that saves a student weeks of clicking. Nobody writes newspaper articles about that, but it's what actually changed our lives in [[Heidelberg|CITY]].""")

# 5 Kenya - field ecologist
T.append("""AI: Thank you for speaking with us. Could you introduce yourself?

User: Yes, thank you. My name is [[Brian Otieno|PERSON]]. I'm a [[field ecologist|JOB_TITLE]] based at [[Mpala Research Centre|ORGANIZATION]] in [[Laikipia|CITY]], in central [[Kenya|COUNTRY]]. I'm [[forty-one|AGE]]. I studied at the [[University of Nairobi|SCHOOL]], and I've been doing fieldwork in this area since [[2015|DATE]]. Mostly I study how large herbivores, elephants, giraffes, zebra, move between community land and conservancies, especially in drought years.

AI: Where does AI come into your fieldwork?

User: The biggest one is camera traps. We have about ninety cameras out, and each season they produce hundreds of thousands of images. Most of them are grass moving in the wind. We run everything through [[MegaDetector|AI_PRODUCT]] first, which removes the empty frames, and then through [[Wildlife Insights|AI_PRODUCT]] to suggest species. Before this, students were sitting for months tagging pictures. Now a trained person checks the AI suggestions, and the work goes much faster. For birds, on walking transects, many of us use [[Merlin|AI_PRODUCT]] on the phone for sound identification, although for local species it still makes mistakes.

AI: Who checks the AI suggestions?

User: Mainly [[Wanjiru|PERSON]], our [[research assistant|JOB_TITLE]]. [[Wanjiru Gathoni|PERSON]] is her full name, she has the best eyes in the team. She can tell a Grevy's zebra from a plains zebra in a night photo with half the animal missing. The model cannot. When it says "zebra" she decides which zebra, and that difference matters a lot because Grevy's are endangered. Then there is Mzee [[Lekishon|PERSON]], who is a Samburu [[tracker|JOB_TITLE]] and has worked with us longer than anyone. He laughs at the computer. He says it sees but does not know. And he's usually right. [[Last season|GENERIC_TIME]] the model labelled many images as hyena that [[Lekishon|PERSON]] said were aardwolf, from the way they walked. We checked, and he was right on almost all of them. So now we have a habit: any rare species the AI suggests goes to a human, and any pattern that seems strange goes to [[Lekishon|PERSON]]. My [[supervisor|GENERIC_ROLE]] from my postdoc days, Professor [[Halvorsen|PERSON]] in [[Norway|COUNTRY]], used to say the model is only as wise as the people checking it.

AI: Do you use language models like chatbots as well?

User: A bit. I use [[ChatGPT|AI_PRODUCT]] to help with [[R|SOFTWARE]] code for movement models, and sometimes to structure reports for the [[Kenya Wildlife Service|ORGANIZATION]]. I don't use it for the conversations with communities. Those meetings in [[Dol Dol|CITY]] and near [[Nanyuki|CITY]] are about trust, and people would be offended by something generated. Also much of that is in Maa and Kiswahili, and the tools are weaker there.

AI: What challenges do you face in using these tools in the field?

User: Connectivity and power. At the field station we have solar and a satellite link that is slow when it rains. So we copy the camera cards onto hard drives and process everything when someone drives to [[Nairobi|CITY]]. My daughter [[Amani|PERSON]], she's [[twelve|AGE]], has learned to label the drives with stickers, she thinks it's a game. And cost: the cloud processing is free for now through partnerships, but if that changes, small projects in [[Africa|CONTINENT]] will suffer.

AI: If other researchers want to reach you about camera trap workflows, how can they do so?

User: My email is [[b.otieno@laikipia-ecology.org|EMAIL_ADDRESS]], and my mobile is [[+254 722 418 306|PHONE_NUMBER]], but the signal is bad, so send a message first. I'm also happy to share our tagging guide. And one more thing. The people who make these models should come to the field. [[Jane Goodall|PUBLIC_FIGURE]] spent years watching chimpanzees before making any claim. Some of the developers have never seen an aardwolf. Work with trackers like [[Lekishon|PERSON]] and with assistants like [[Wanjiru|PERSON]], pay them properly, and the models will become much better.""")

# 6 India - data scientist at a climate startup
T.append("""AI: Hello, and thanks for joining. Could you describe your job for us?

User: Hi! So I'm [[Meera Subramanian|PERSON]], I'm a [[data scientist|JOB_TITLE]] at a climate-risk startup called [[Monsoonly Analytics|ORGANIZATION]]. We're in [[Koramangala|CITY]], in [[Bengaluru|CITY]], about forty people. I joined in [[June 2023|DATE]], straight after my M.Tech at [[IISc|SCHOOL]]. I'm [[27|AGE]]. Basically we build flood and heat risk models for insurers and city governments, using rainfall records from [[IMD|ORGANIZATION]], satellite data, and a lot of very messy municipal spreadsheets.

AI: How does AI show up in your day-to-day work?

User: Everywhere, honestly, at two levels. One is the models themselves, we train gradient boosting and some deep learning models on the satellite imagery, which is the "AI" in our pitch deck. The other level is the assistant stuff. I have [[GitHub Copilot|AI_PRODUCT]] on in [[VS Code|SOFTWARE]] all day, and I use [[GPT-4|AI_PRODUCT]] through the company's [[Azure|SOFTWARE]] account for things like writing SQL against our [[Databricks|SOFTWARE]] tables or explaining some weird [[pandas|SOFTWARE]] error. My [[manager|GENERIC_ROLE]], [[Arjun|PERSON]], is very pro-AI. In our [[Monday|GENERIC_TIME]] standup he literally asks, "did you try asking the model first?" before we're allowed to ask a human. Which is efficient, but also a bit lonely sometimes.

AI: You said it can feel lonely. Can you say more about that?

User: Yeah. When I joined, I learned a lot by sitting next to [[Sneha Rao|PERSON]], she's our senior [[geospatial engineer|JOB_TITLE]], and just watching how she debugged things. Now everyone's head is down with their own chatbot. [[Kabir|PERSON]], who joined this year straight out of college, almost never asks [[Sneha|PERSON]] or me anything. His code works, mostly, but when our biggest client, [[Kaveri General Insurance|ORGANIZATION]], asked why the flood model gave a low risk score for a ward that actually flooded in [[Mahadevapura|CITY]], [[Kabir|PERSON]] couldn't explain the feature pipeline he'd written. That was a tough week. [[Arjun|PERSON]] now makes us do pair reviews every [[Thursday|GENERIC_TIME]], no AI allowed in the room.

AI: How do you handle sensitive data in this setting?

User: We have rules. Nothing from client contracts or policyholder data goes into any external chat tool. We have an internal deployment for that, and the [[legal team|GENERIC_ROLE]] is quite strict. Public data like rainfall is fine. The tricky part is the municipal data, some of it has household addresses from property tax records, and you can't always tell at first glance. I've caught myself about to paste a sample into a prompt and stopped. I think people in [[India|COUNTRY]] are sometimes casual about this because the data feels public anyway. My dad says, "everything about us is already on some [[WhatsApp|SOFTWARE]] group," which, fine, but that's not a policy.

AI: Do you think AI is changing what it means to be a [[data scientist|JOB_TITLE]]?

User: Definitely. The job is less about writing code and more about knowing what question to ask and whether the answer is nonsense. [[Sundar Pichai|PUBLIC_FIGURE]] said something like a quarter of new code at his company is AI generated, and everybody in our [[Slack|SOFTWARE]] shared it like it was good news. For me the value is domain knowledge. I grew up in [[Chennai|CITY]], I've lived through the big floods there, I know what waterlogging looks like street by street. No model has that. My mother still calls from [[Pune|CITY]] every time it rains in [[Bengaluru|CITY]] to ask if my scooter is floating away.

AI: If someone from our team needed to reach you after this interview, how should they contact you?

User: Work email is [[meera.s@monsoonly.in|EMAIL_ADDRESS]]. You can also find me at [[linkedin.com/in/meera-subramanian-ds|URL]]. If it's urgent, [[WhatsApp|SOFTWARE]] me, I'll write it with spaces because I'm paranoid about bots: [[9 8 4 5 0 - 1 2 7 7 3|OBF_PHONE|spaced_digits]]. Just mention the study so I don't ignore it as a loan offer.""")

# 7 Mexico - documentary filmmaker
T.append("""AI: Thanks for being here. Could you start by telling me about yourself and your films?

User: Claro. I'm [[Ximena Ruiz Cárdenas|PERSON]], I'm a [[documentary filmmaker|JOB_TITLE]], [[39|AGE]] years old, and I live in [[Oaxaca de Juárez|CITY]], in the south of [[Mexico|COUNTRY]]. I studied at the [[CCC|SCHOOL]] in [[Mexico City|CITY]], the film school, and moved back to [[Oaxaca|CITY]] in [[2016|DATE]]. My films are mostly about Zapotec communities in the [[Sierra Norte|CITY]], about water, about migration. My last feature premiered at [[Ambulante|ORGANIZATION]] in [[November 2023|DATE]], and now I'm editing a new one about women who run a community radio station.

AI: How has AI entered your filmmaking process?

User: Mainly in post-production, which is where independent filmmakers suffer. I shoot maybe two hundred hours for one film. Before, someone had to transcribe everything by hand. Now I run the Spanish interviews through [[Descript|SOFTWARE]], and for some things we use [[Whisper|AI_PRODUCT]] locally on my [[editor|GENERIC_ROLE]]'s computer. It saves months. Then I cut in [[DaVinci Resolve|SOFTWARE]], which now has some AI features for cleaning audio, very useful when you record next to a river. But here is the problem: much of what people say in my films is in Zapotec, and there the tools are useless. Worse than useless, because they produce confident garbage in Spanish.

AI: So how do you handle the Zapotec material?

User: With people, like always. Doña [[Rufina|PERSON]], who is [[seventy-something|AGE]] and a [[teacher|JOB_TITLE]] from the community, translates with me. We sit together with headphones, she listens and explains, not only the words but the meaning, the jokes, who is related to whom. That work can't be automated and I don't want it to be. She is credited as co-writer on the new film. My [[producer|GENERIC_ROLE]], [[Salvador Méndez|PERSON]], everybody calls him [[Chava|PERSON]], once suggested we try one of those new translation models to save money, and [[Rufina|PERSON]] laughed so hard. [[Chava|PERSON]] apologized with tamales.

AI: Have you used generative video or image tools at all?

User: I tested [[Runway|AI_PRODUCT]] once, to make an animated sequence about a dream one of the women described. It looked beautiful and completely wrong, like a tourism advert. A documentary makes a promise to the audience that what they see happened or was drawn by someone who listened. So in the end we hired an [[animator|JOB_TITLE]] in [[Guadalajara|CITY]], [[Itzel Ramos|PERSON]], who worked with the women directly. It cost more and it took four months, but it's honest. The funding from [[IMCINE|ORGANIZATION]] also now asks us to declare AI use, which I think is good. [[Alfonso Cuarón|PUBLIC_FIGURE]] can do whatever he wants with effects, he has the budget, but for us credibility is the only capital.

AI: Does AI help with the business side of filmmaking?

User: Yes, and there I'm less romantic. Grant applications in English for foundations in the [[United States|COUNTRY]] and [[Europe|CONTINENT]], I draft with [[ChatGPT|AI_PRODUCT]] and then my friend [[Laura|PERSON]] in [[Berlin|CITY]] reads them. Budgets, festival submissions, emails. My son [[Emiliano|PERSON]] is [[eight|AGE]] and he thinks I talk to the computer more than to him, which is maybe true in grant season, around [[September|GENERIC_TIME]].

AI: If we need to follow up, what's the best way to get in touch with you?

User: Email, I'll dictate it like I do on the radio so nobody copies it automatically: [[ximena.ruiz arroba cineraiz punto mx|OBF_EMAIL|spanish_arroba_punto]]. And if anyone wants to see the films, they can write there too. I answer slowly but I answer.""")

# 8 Canada - game and TV composer
T.append("""AI: Thanks for taking the time. Can you tell us a bit about who you are and what you do?

User: Sure thing. [[Marc-André Gagnon|PERSON]], I'm a [[composer|JOB_TITLE]], mostly video games and some TV documentary work. I'm [[45|AGE]], I've been doing this full time since [[2008|DATE]]. I've got a small studio in the [[Mile End|CITY]] in [[Montreal|CITY]], which is really a converted bedroom with very good acoustic panels. I studied composition at [[McGill|SCHOOL]] a long time ago and then spent a few years writing jingles before games took over.

AI: How does AI affect your work as a [[composer|JOB_TITLE]]?

User: In two very different ways. There's the helpful, invisible stuff. I use [[iZotope RX|SOFTWARE]] to clean recordings, it's been machine learning for years and nobody panicked about it. [[Logic Pro|SOFTWARE]] has these session players now, the AI drummer and bass player, and I'll use them for sketches. Then there's the scary stuff: [[Suno|AI_PRODUCT]], [[Udio|AI_PRODUCT]], models that spit out a full track with vocals from a text prompt. That's what keeps composers up at night.

AI: Has that shown up in your client work?

User: It has. [[Last year|GENERIC_TIME]], a mid-size studio I'd worked with for years, I won't name them, asked me to do a "polish pass" on tracks they had generated. Basically, fix the AI music so it sounds human, for a quarter of my usual rate. I said no. But on the positive side, on my current project at [[Ubisoft Montréal|ORGANIZATION]], the [[audio director|JOB_TITLE]], [[Priya Natarajan|PERSON]], has been really clear that the score is human-written, and she fought for that internally. [[Priya|PERSON]] even put it in the contract. The [[Guild of Canadian Film Composers|ORGANIZATION]] has been pushing for language like that too.

AI: Do you use text-based AI tools at all?

User: A little. I use [[ChatGPT|AI_PRODUCT]] for admin: cue sheets, invoices, sometimes to summarise a forty-page game design document so I know what the level with the frozen lighthouse is supposed to feel like. My wife, [[Geneviève|PERSON]], everyone calls her [[Gen|PERSON]], she's a [[translator|JOB_TITLE]], and she's much more worried than I am. Her whole industry got hit first. [[Gen|PERSON]] says musicians are where translators were three years ago, and I'm starting to think she's right. Our daughter [[Maëlle|PERSON]] is [[sixteen|AGE]] and makes beats on her laptop, and she uses AI stems without thinking twice. So it's also generational.

AI: How do you feel about the public debate around AI music?

User: Tired, mostly. You have [[Grimes|PUBLIC_FIGURE]] saying, use my voice, split the royalties, and then you have [[Hans Zimmer|PUBLIC_FIGURE]] types saying the machines have no soul. I'm somewhere in the boring middle. The tools should be trained on music that people agreed to, and we should be paid. Honestly, the thing I'm most scared of isn't that AI writes better music than me. It's that clients decide "good enough" is good enough. In [[Canada|COUNTRY]] we have funding bodies that care about Canadian content, maybe that'll protect us a bit.

AI: Last thing: where can people reach you or hear your work?

User: My music's at [[marcandregagnon.bandcamp.com|URL]], and on [[Instagram|SOFTWARE]] I'm [[@mag_sons|SOCIAL_HANDLE]]. For work calls I give the studio line, I'll say it in French like on my voicemail: [[cinq un quatre, sept deux huit, zéro neuf six un|OBF_PHONE|french_number_words]]. I usually pick up between sessions, so [[mornings|GENERIC_TIME]] are a safe bet.""")

# 9 Northern Ireland - crime novelist
T.append("""AI: Thank you for joining us. Could you start by introducing yourself?

User: Happy to. I'm [[Siobhán McCready|PERSON]], though everybody except my mother calls me [[Shiv|PERSON]]. I write crime novels, I'm a [[novelist|JOB_TITLE]] full time now, six books so far. I'm [[fifty-two|AGE]], I live in [[Holywood|CITY]], just outside [[Belfast|CITY]]. Before the books took off I taught English at a grammar school for nearly twenty years, and I did my degree at [[Queen's University Belfast|SCHOOL]] back when you could still smoke in the student union. My first novel came out in [[2014|DATE]] with [[Harrow & Finch|ORGANIZATION]], and I've stayed with them since.

AI: Do you use AI in your writing at all?

User: Not in the writing, no. The sentences are mine, that's the whole point. But I use it for research, and I'll be honest about that. For the current book I needed to understand how evidence is handled by the [[PSNI|ORGANIZATION]] when a body is found on the border, which jurisdiction takes it, all that. I asked [[Claude|AI_PRODUCT]] to explain the procedure, and then I checked every bit of it with a retired [[detective|JOB_TITLE]] I know, [[Gerry Magee|PERSON]], over a pint in the [[Dirty Duck|ORGANIZATION]]. [[Gerry|PERSON]] found two errors, which is about what I'd expect from a keen young constable too. I draft in [[Scrivener|SOFTWARE]] and the only other tool I use is [[ProWritingAid|SOFTWARE]], for catching repeated words.

AI: How does your publisher approach AI?

User: Carefully, which is to say nervously. My [[editor|GENERIC_ROLE]], [[Tom Ashworth|PERSON]], is in [[London|CITY]], and they've written a clause into my new contract that I won't use generative AI for the text and they won't license my books for training without asking. [[Tom|PERSON]] told me they'd had a submission [[last spring|GENERIC_TIME]], a debut, that turned out to be mostly machine-written, and the only reason they noticed was that the dialogue had no swearing. Nobody in [[Belfast|CITY]] talks like that. My [[agent|GENERIC_ROLE]], [[Orla Given|PERSON]], was the one who pushed for the training clause. [[Orla|PERSON]] is fierce.

AI: Has AI affected you in other ways, say through piracy or training data?

User: Oh, yes. When that searchable database came out showing which books were in the pirated set that one of the big tech companies used, I looked myself up. Four of my six books were in there. I felt sick. I'm not [[Sally Rooney|PUBLIC_FIGURE]], my advances aren't huge, and the idea that some company took my books for free to build a product that might replace people like me, that's hard to swallow. The [[Society of Authors|ORGANIZATION]] has been good on it. My husband [[Declan|PERSON]] wanted me to sue personally, bless him.

AI: Are there any uses of AI you'd actually welcome as a [[novelist|JOB_TITLE]]?

User: Audiobooks are the big question. [[Harrow & Finch|ORGANIZATION]] floated AI narration for the backlist, and I said absolutely not, I want a [[Belfast|CITY]] voice reading those books, a real one. But I'll admit the translation side tempts me. My books sell in [[Germany|COUNTRY]] and a little in [[Poland|COUNTRY]], and if machine translation meant smaller markets could afford to publish me, I'd at least listen. [[Ian Rankin|PUBLIC_FIGURE]] said in an interview that he'd rather be read badly than not at all, or something like it. I'm not sure I agree, but I see it.

AI: Finally, if a reader of the study wanted to get in touch, how could they reach you?

User: Through the website, [[www.siobhanmccready.co.uk|URL]], or email, which I write out on the site in a daft way to beat the spammers: [[shiv.mccready (at) btinternet (dot) com|OBF_EMAIL|paren_at_dot]]. I read everything myself, in the [[mornings|GENERIC_TIME]], with a pot of tea and a great deal of suspicion.""")

# 10 Australia - marine ecologist
T.append("""AI: Thanks for joining us from [[Australia|COUNTRY]]. Could you introduce yourself and your research?

User: No worries. I'm [[Kirsty Anderson|PERSON]], I'm a [[marine ecologist|JOB_TITLE]] with [[CSIRO|ORGANIZATION]] down in [[Hobart|CITY]]. I'm [[33|AGE]]. I've been here since [[2019|DATE]], before that I did my PhD at [[James Cook University|SCHOOL]] up in [[Townsville|CITY]], so I went from coral to kelp, from warm water to properly freezing. My work is mapping giant kelp forests along the east coast of [[Tasmania|CITY]], which have lost something like ninety-five percent of their area since the 1940s.

AI: Where does AI fit into that mapping work?

User: It's the backbone now. We fly drones over the reefs and also use satellite imagery, and we've trained segmentation models to pick out the kelp canopy from water, foam, other seaweeds. We started with a U-Net in [[PyTorch|SOFTWARE]], and lately we've been trying [[Segment Anything|AI_PRODUCT]] to speed up the labelling, which is a game changer when you've got thousands of images. Then everything goes into [[QGIS|SOFTWARE]] for the actual maps. For coding I lean on [[ChatGPT|AI_PRODUCT]] a fair bit, especially for the geospatial stuff that I never formally learned.

AI: Who else is involved in the fieldwork?

User: The legend is our [[skipper|JOB_TITLE]], [[David Pearce|PERSON]], who everyone calls [[Davo|PERSON]]. He's been running boats out of [[Dover|CITY]] and around [[Bruny Island|CITY]] for thirty years and he knows every reef by name. When the model says there's kelp somewhere, [[Davo|PERSON]] will look over the side and say, "nah, that's just Ecklonia," which is a different seaweed, and he's usually right. Then there's [[Tamsin|PERSON]], a [[PhD student|JOB_TITLE]] who does the dive surveys for ground truth, and my [[line manager|GENERIC_ROLE]], who's more on the policy side. [[Tamsin|PERSON]] and I spent most of [[February|GENERIC_TIME]] in wetsuits.

AI: Have there been moments when the AI got it badly wrong?

User: Plenty. Sun glint is the classic one, the model sees bright patches and calls them kelp. And there was one embarrassing week where a whole bay near [[Maria Island|CITY]] was classified as dense canopy, and it turned out to be a salmon farm's pens. [[Davo|PERSON]] laughed for a month. It reminded me that the maps go to managers and the state government, and they make decisions about restoration funding from them. So now every map gets a human check against dive data before it leaves the building.

AI: How do you feel about AI's role in climate and ocean science more broadly?

User: Cautiously optimistic. We'd never be able to map this much coastline by hand. But it can make things look more certain than they are. A nice map with crisp edges feels authoritative, and people forget the model confidence underneath. I reckon [[David Attenborough|PUBLIC_FIGURE]] could narrate over our maps and people would believe anything. My partner [[Mel|PERSON]] works in emergency management, and she says the same about bushfire models. Outside work I'm trying to spend less time on screens, so [[weekends|GENERIC_TIME]] are for the dog and the garden.

AI: Finally, how could our team contact you if we need to follow up?

User: Best is my mobile. I'll say it how my nan used to read numbers out: [[oh-four-one-two, three-three-five, nine-oh-eight|OBF_PHONE|spelled_digits]]. If I don't answer, I'm probably on the water somewhere south of [[Hobart|CITY]] with no reception.""")

# 11 South Korea - webtoon artist
T.append("""AI: Thank you for joining. Could you introduce yourself and your work?

User: Hello! I'm [[Park Ji-hye|PERSON]]. I'm a [[webtoon artist|JOB_TITLE]], I draw a weekly romance-fantasy series. I'm [[29|AGE]], or [[30|AGE]] in Korean age, it depends who you ask. I live in [[Mapo-gu|CITY]] in [[Seoul|CITY]], near [[Hongdae|CITY]], because I studied at [[Hongik University|SCHOOL]] and never left the neighbourhood. My series has been running on [[Naver Webtoon|ORGANIZATION]] since [[August 2020|DATE]], so almost two hundred episodes now.

AI: What does a week of work look like for you, and where does AI fit in?

User: A week is very heavy. Every episode is around sixty panels, and it must be uploaded every [[Saturday|GENERIC_TIME]]. I do the storyboard and line art myself. I have one assistant for backgrounds, [[Dahye|PERSON]], she's my [[background assistant|JOB_TITLE]] and also my best friend from university. We work in [[Clip Studio Paint|SOFTWARE]]. [[Clip Studio|SOFTWARE]] has an automatic colouring feature that uses AI, and I tried it for flat colours, the base layer before shading. It's okay, maybe fifty percent correct, so [[Dahye|PERSON]] fixes it. For backgrounds we mostly use 3D models in [[SketchUp|SOFTWARE]] and trace over them. That's not AI, but readers sometimes think it is.

AI: How do readers react to AI in webtoons?

User: Very strongly. A couple of years ago there was a big protest, readers gave one-star ratings to a series because they suspected generated images. After that, my [[PD|GENERIC_ROLE]] at the platform, [[Kim Min-seok|PERSON]], called me and asked me directly what tools I use. [[Min-seok|PERSON]] was kind about it, but I understood the message: be careful. Now I post a small timelapse video of my drawing on social media every week, to prove it's my hand. It's extra work, but readers like it. Also, when the famous artist [[Kim Jung Gi|PUBLIC_FIGURE]] passed away and someone immediately made an AI model copying his style, the whole illustration community here was angry. I still feel angry when I remember it.

AI: Do you use language-based AI tools, like chatbots or translation?

User: Yes, for the business side. My series is also translated into English and Japanese by the platform, and I use [[Papago|AI_PRODUCT]] and [[ChatGPT|AI_PRODUCT]] to check that the translation keeps the jokes. Sometimes the official translator changes a nickname and it ruins a running gag. I also use [[ChatGPT|AI_PRODUCT]] for plot brainstorming, but honestly it gives very common ideas, the same twists everyone uses. My younger sister [[Ji-woo|PERSON]] is better. She's in high school and reads everything, she tells me when a plot is boring. I pay her in tteokbokki.

AI: Has the work affected your health, and has AI helped with that at all?

User: That's a good question. In [[2022|DATE]] I injured my wrist, a tendon problem, because of the schedule. I had to take a break of six weeks. During that time I thought seriously about using AI to help with line art, to reduce the pressure. My mother said, if a machine draws, is it still your comic? I didn't do it. But I understand artists who do, the schedules in this industry are inhuman. If AI could take the boring parts, like cleaning lines or repeating the same background from a different angle, I think many artists would accept it quietly. The problem is trust. Once readers suspect, it is very hard to recover.

AI: If our research team wants to follow up, how could they reach you?

User: My business email is on my profile, but I write it in Korean style so bots don't catch it: [[jihye.park 골뱅이 naver 쩜 com|OBF_EMAIL|korean_golbaengi]]. And my drawing account is [[@jihye_draws|SOCIAL_HANDLE]], where I post the timelapses. Please message before [[Thursday|GENERIC_TIME]], because [[Thursday|GENERIC_TIME]] to [[Saturday|GENERIC_TIME]] I'm in deadline mode and I don't answer anything.""")

# 12 France - photographer
T.append("""AI: Thank you for taking part. Could you start by introducing yourself?

User: Bonjour. I'm [[Nadia Benali|PERSON]], [[41|AGE]] years old, and I'm a [[photographer|JOB_TITLE]] based in [[Lyon|CITY]], in the [[Croix-Rousse|CITY]]. I've been working professionally since [[2011|DATE]], after studying at [[ENS Louise-Lumière|SCHOOL]]. I have two sides to my work. On [[weekdays|GENERIC_TIME]] I'm often shooting for [[Le Progrès|ORGANIZATION]], the regional paper, news, portraits, sometimes football. And at the [[weekends|GENERIC_TIME]], from [[May|GENERIC_TIME]] to [[September|GENERIC_TIME]], I do weddings, which honestly pay the bills much better than the press.

AI: Where does AI show up in your workflow?

User: Mostly in editing. [[Lightroom|SOFTWARE]] now has an AI denoise function, and for a night match at the stadium or a dark church, it's incredible. Photos I would have thrown away five years ago are now usable. For weddings I use the AI masking to select the sky or the people, it saves hours. And I use [[Topaz Gigapixel|AI_PRODUCT]] sometimes to enlarge old family photos that couples want to include in their albums. For text, I use a chatbot, [[Claude|AI_PRODUCT]], to write my quotes and client emails in proper English, because I have more and more foreign couples who marry in the [[Beaujolais|CITY]].

AI: You mentioned [[Claude|AI_PRODUCT]]. How did you choose that tool?

User: It's funny, actually, because my studio partner is also called [[Claude|PERSON]]. [[Claude Vernet|PERSON]], he's [[sixty|AGE]], an old-school [[photojournalist|JOB_TITLE]], he started with film. When I say "I'll ask [[Claude|AI_PRODUCT]]", he thinks I mean him! He was the one who recommended it, his son works in tech in [[Paris|CITY]]. But [[Claude|PERSON]], the human one, is very strict about press photos. For the newspaper, nothing generative, no removing objects, no adding sky. Only what a darkroom could do. I agree with him. In press, if you remove even a cable from the background, you are lying.

AI: Have there been situations where clients asked for things you weren't comfortable with?

User: Yes, with weddings especially. [[Last summer|GENERIC_TIME]] a bride, Madame [[Lefèvre|PERSON]], asked me to remove her ex-boyfriend from the group photos. That's okay, I did it, it's her memory. But then she asked if I could generate a photo of her grandmother, who died before the wedding, standing with the family. I understood the emotion, but I said no. I sent her to someone else who does that kind of work. It felt like a line for me. My daughter [[Inès|PERSON]], she's [[fourteen|AGE]], thinks I'm old-fashioned, and maybe she's right.

AI: How do you see the future of photography with these tools?

User: I remember when [[Boris Eldagsen|PUBLIC_FIGURE]] won that photography prize with an AI image and refused it, to make a point. Everyone in my circle talked about it. Press photography will survive if people still trust it, so we need clear rules and maybe content credentials in the files. I joined the [[Hans Lucas|ORGANIZATION]] collective partly because they take this seriously. For weddings, I'm less sure. Some couples will just generate beautiful fake photos. But I think people still want someone who was there, who cried a little during the speeches. [[Henri Cartier-Bresson|PUBLIC_FIGURE]] talked about the decisive moment. You can't generate a moment that never happened, not honestly.

AI: Finally, how can our team reach you if we need to?

User: My phone is [[06 71 42 88 19|PHONE_NUMBER]], and for email I write it like this on my website, to avoid robots: [[nadia point benali arobase photomail point fr|OBF_EMAIL|french_arobase_point]]. Tell [[Claude|PERSON]] hello if he answers the studio phone instead, he'll be happy to talk about film cameras for an hour.""")

# 13 Italy - computational linguistics PhD student
T.append("""AI: Thanks for joining us. Could you introduce yourself and your research?

User: Sure! I'm [[Giulia Esposito|PERSON]], I'm [[26|AGE]], and I'm a [[PhD candidate|JOB_TITLE]] in computational linguistics at the [[University of Bologna|SCHOOL]], everybody says [[UniBo|SCHOOL]]. I'm from [[Naples|CITY]] originally, and my project is about building language technology for Neapolitan and other southern Italian dialects, which have almost no digital resources. I started in [[November 2022|DATE]].

AI: How does AI figure in your research, given that it's already about language technology?

User: Ha, yes, it's both my tool and my object. I fine-tune open models like [[LLaMA|AI_PRODUCT]] and some [[BERT|AI_PRODUCT]]-style models on small dialect corpora, using [[Hugging Face|SOFTWARE]] libraries, and we train on the [[CINECA|ORGANIZATION]] supercomputer because the university GPUs are always full. Then separately I use assistants, [[ChatGPT|AI_PRODUCT]] and [[GitHub Copilot|AI_PRODUCT]], for everyday things like debugging training scripts or formatting tables in [[Overleaf|SOFTWARE]]. And for references I use [[Zotero|SOFTWARE]], because the chatbots invent citations and in linguistics we are very sensitive about that.

AI: Where does your data come from?

User: That's the beautiful part. A lot of it is recordings I made with older speakers. My nonna [[Titina|PERSON]], she's [[88|AGE]], was my first informant. She lives in the [[Quartieri Spagnoli|CITY]] and speaks a Neapolitan that my generation doesn't really use anymore. I recorded her telling stories every [[Sunday|GENERIC_TIME]] for a whole summer. Then I transcribe with [[Whisper|AI_PRODUCT]], which is terrible at Neapolitan, it turns everything into standard Italian, so I correct by hand. Honestly, correcting [[Whisper|AI_PRODUCT]] is a research result in itself, I have a whole chapter on the errors. Of course there are consent issues, I had to get ethics approval, and my [[supervisor|GENERIC_ROLE]] insisted that every speaker can withdraw their recordings at any time.

AI: Tell me about your [[supervisor|GENERIC_ROLE]] and how she sees AI.

User: Professoressa [[Lucia Ferraro|PERSON]]. She's brilliant and a bit skeptical. She has been working on dialects since before deep learning, and she always asks: who benefits? If a big company takes our dialect data to make their model more "inclusive", do the communities get anything back? So we publish everything with a licence that forbids commercial use. [[Ferraro|PERSON]] also has strict rules about writing. We can use AI to fix English grammar in papers, but we must say so in the acknowledgements. My lab mate [[Fede|PERSON]], [[Federico Lanzi|PERSON]], once forgot and she made him rewrite the acknowledgements at midnight before a deadline. He still sends me messages like "ciao [[giuli|PERSON]], did you declare your chatbot today?"

AI: Are there any moments that changed how you think about these tools?

User: During my visiting period at the [[University of Edinburgh|SCHOOL]] in [[March 2024|DATE]], I showed a demo to some Scottish Gaelic researchers, and they told me their communities had refused to share data with tech companies. That made me think a lot. Also reading [[Elena Ferrante|PUBLIC_FIGURE]], who uses dialect in a very careful way in her novels, as a kind of violence or intimacy. A model doesn't know when dialect is tenderness and when it's a threat. My nonna knows immediately. When I came back to [[Bologna|CITY]], I changed my evaluation to include native speakers judging the outputs, not only automatic metrics.

AI: If our team needs to reach you later, what is the best way?

User: The university email, written the Italian way to confuse the bots: [[giulia punto esposito chiocciola studio punto unibo punto it|OBF_EMAIL|italian_chiocciola_punto]]. I'm usually slow in [[August|GENERIC_TIME]], because everything in [[Italy|COUNTRY]] stops and I go back to [[Napoli|CITY]] to record more stories.""")

# 14 Egypt - film editor
T.append("""AI: Thank you for joining us. Could you start by telling us about yourself and your work?

User: Of course. My name is [[Mariam Fahmy|PERSON]], I'm a [[film editor|JOB_TITLE]], and I'm [[35|AGE]]. I work from a small post-production studio in [[Zamalek|CITY]], in [[Cairo|CITY]], called [[Studio Nakhla|ORGANIZATION]]. We're three editors and one [[colourist|JOB_TITLE]]. I studied at the [[Higher Institute of Cinema|SCHOOL]] in [[Giza|CITY]], and I started cutting feature films in [[2017|DATE]]. Mostly independent Egyptian films, some documentaries, and commercials when we need money.

AI: How does AI come into your editing work?

User: The biggest change is transcription and subtitles. Our films are in Egyptian Arabic, and for festivals abroad we need English and French subtitles. Before, a person transcribed everything. Now we run the audio through [[Whisper|AI_PRODUCT]], and it's surprisingly good at Egyptian dialect, better than I expected, though it sometimes writes standard Arabic when people speak colloquially. [[Adobe Premiere Pro|SOFTWARE]] also has automatic transcription now, and text-based editing, which is useful for documentaries, you can search for a word inside fifty hours of interviews. For the main cut I still use [[Avid|SOFTWARE]], because the [[director|GENERIC_ROLE]] I work with most is very traditional.

AI: Tell me about that [[director|GENERIC_ROLE]].

User: [[Youssef El-Sharkawy|PERSON]]. We've made three films together. [[Youssef|PERSON]] is very old-school, he says he's the last disciple of [[Youssef Chahine|PUBLIC_FIGURE]], which is a joke, but he really believes in editing as thinking. He doesn't like me using AI for assembly, he thinks the first cut must come from my hands. But on our last film, we had very little time before the [[El Gouna Film Festival|ORGANIZATION]], and I used an AI tool to sync all the multicam footage automatically. It saved us four days. I didn't tell him until after the premiere. He laughed and said, fine, the machine can be the assistant, not the [[editor|JOB_TITLE]].

AI: Have you used AI for sound or voice?

User: Yes, and this one is sensitive. For temp voice-over on a documentary, we tried [[ElevenLabs|AI_PRODUCT]] to create a narration before the real actor recorded. The problem was the [[producer|GENERIC_ROLE]] liked the AI voice and wanted to keep it to save money. Our [[colourist|JOB_TITLE]] [[Hany|PERSON]] and I both said this is wrong, actors in [[Egypt|COUNTRY]] already struggle. In the end they hired the actor, but it was close. Also, the actors' syndicate here has strong opinions about this. So now I only use AI voice for internal drafts, and I label the files "TEMP AI" in big letters.

AI: How do you feel personally about these changes?

User: I feel two things at once. Relief, because the boring technical work is faster, and I have a life. My mother lives in [[Alexandria|CITY]] and now I can visit her on [[Fridays|GENERIC_TIME]] more often, because I'm not syncing clips until three in the morning. But also fear, because the junior jobs are disappearing. I learned by being an [[assistant editor|JOB_TITLE]], doing exactly those boring tasks for [[Hany|PERSON]] and the older editors, watching how they decide. If a new graduate never does that work, how do they learn? At the [[Cairo International Film Festival|ORGANIZATION]] last year there was a panel on AI, and everyone was excited, but nobody talked about the assistants.

AI: If we want to follow up, how can we reach you?

User: You can call the studio, I'll write it with Arabic digits as I always do: [[٠١٠٠ ٤٥٦ ٧٨٩١|OBF_PHONE|arabic_indic_digits]]. Ask for me or for [[Hany|PERSON]]. We are usually there after noon, never before, editors are not morning people.""")

# 15 USA - epidemiologist
T.append("""AI: Thanks for joining today. Could you introduce yourself and describe your role?

User: Sure. I'm [[Danielle Brooks|PERSON]], I'm [[38|AGE]], and I'm an [[epidemiologist|JOB_TITLE]] at the [[Johns Hopkins Bloomberg School of Public Health|SCHOOL]] here in [[Baltimore|CITY]]. I'm technically a [[research associate|JOB_TITLE]], but most of what I do is data science: surveillance data, overdose trends, that kind of thing. I work closely with the [[Baltimore City Health Department|ORGANIZATION]] on an opioid overdose dashboard. I've been at [[Hopkins|SCHOOL]] since [[fall 2019|DATE]], right before the pandemic, which was a wild time to start.

AI: How do you use AI in your work?

User: Mostly as a coding assistant. I live in [[R|SOFTWARE]] and [[RStudio|SOFTWARE]], and [[GitHub Copilot|AI_PRODUCT]] is great for the boilerplate: ggplot themes, data cleaning functions, all the stuff I've written a thousand times. For literature, I've been using [[Elicit|AI_PRODUCT]] to do first passes on systematic reviews, pulling out study designs and sample sizes. I always verify, but it gets me a rough table in an afternoon instead of a week. I've also tried [[ChatGPT|AI_PRODUCT]] for drafting sections of grant reports, the boring parts like data management plans.

AI: Are there limits on what you can use these tools for?

User: Huge ones. Our data includes death records and EMS calls, and some of it is linked to records from [[Epic|SOFTWARE]], so it's protected health information. Nothing like that goes anywhere near a public chatbot. The university has an enterprise version that's approved for some data, but our IRB protocol is strict, and my [[PI|GENERIC_ROLE]], Dr. [[Raymond Okafor|PERSON]], is even stricter. [[Ray|PERSON]] came from the [[CDC|ORGANIZATION]], he's seen what happens when data leaks. There was a whole training we had to complete, and I had to enter my employee badge number, [[JH-448213|NATIONAL_ID]], on every single module, which tells you how seriously they track it.

AI: Has AI changed how your team works together?

User: A little. We have a couple of master's students, and I've noticed they reach for [[Copilot|AI_PRODUCT]] before they understand the data structure. One of them, [[Tyler|PERSON]], wrote a beautiful function that silently dropped every record with a missing zip code, which in this city means dropping a lot of people experiencing homelessness. That's an equity problem, not a coding problem. So now [[Ray|PERSON]] and I run a [[Friday|GENERIC_TIME]] code review where we read each other's code out loud. It feels old-fashioned, but it catches things.

AI: How do you think about AI in public health more broadly?

User: I'm cautiously hopeful. Forecasting, early warning from wastewater, pulling signals from messy text in ER notes, there's real potential. But I remember the early pandemic, when [[Anthony Fauci|PUBLIC_FIGURE]] was on TV every day and misinformation spread faster than any model could track it. Tools don't fix trust. [[Baltimore|CITY]] has a long history with [[Hopkins|SCHOOL]], not all of it good, and communities here aren't going to trust an algorithm just because it came out of our building. On a personal note, my son [[Hunter|PERSON]], he's [[ten|AGE]], asked me if the computer could tell him who's going to get sick, and I said, not yet, buddy, and maybe it shouldn't.

AI: If our team needs to get back in touch, how should we reach you?

User: Email's easiest, [[dbrooks42@jhu.edu|EMAIL_ADDRESS]], or my office line is [[(410) 555-0187|PHONE_NUMBER]]. My husband [[Will|PERSON]] jokes that I answer email faster than texts, which is true, so email it is.""")

# 16 Chile - astronomy postdoc
T.append("""AI: Thanks for joining from [[Chile|COUNTRY]]. Could you tell me who you are and what you work on?

User: Sure, hola. I'm [[Sebastián Araya|PERSON]], [[32|AGE]], a [[postdoc|JOB_TITLE]] in astronomy at the [[Universidad de La Serena|SCHOOL]]. I moved up north to [[La Serena|CITY]] in [[2023|DATE]] after finishing my PhD at the [[Pontificia Universidad Católica|SCHOOL]] in [[Santiago|CITY]]. I work on transient objects, supernovae, variable stars, things that change in the sky, and right now everything in my life revolves around the [[Rubin Observatory|ORGANIZATION]], which is starting to send millions of alerts every night.

AI: Millions of alerts a night sounds like a lot. How does AI help with that?

User: It's impossible without it. Nobody can look at ten million alerts. So we use machine learning classifiers to decide which alerts are probably a supernova, which are an asteroid, which are just a bad subtraction on the detector. I collaborate with [[ALeRCE|ORGANIZATION]], which is a Chilean alert broker, they run classifiers in real time. I mostly build my own models in [[Python|SOFTWARE]] with [[scikit-learn|SOFTWARE]] and [[PyTorch|SOFTWARE]], and then astronomers use the scores to decide what to follow up with spectroscopy. If the classifier is wrong, we waste precious telescope time. It's a very practical kind of AI, nothing glamorous.

AI: And what about the newer generative tools, chatbots and coding assistants?

User: I use them a lot, maybe too much. I write code in [[Cursor|AI_PRODUCT]] now, which has the assistant built into the editor, and for reading papers quickly I paste the abstract into [[ChatGPT|AI_PRODUCT]] or [[Gemini|AI_PRODUCT]] and ask for the key result. My [[PI|GENERIC_ROLE]], Dra. [[Valentina Soto|PERSON]], is funny about it. She uses it herself for English, but she made a rule: if it goes into a paper, you must be able to explain every line of the code on the whiteboard. [[Valentina|PERSON]] once asked me to explain a function in front of the whole group, and I couldn't, because [[Cursor|AI_PRODUCT]] wrote it. Very humbling. Now I rewrite important parts by hand.

AI: Who else do you work with day to day?

User: My office mate is [[Francisco Rojas|PERSON]], we all call him [[Pancho|PERSON]]. He's a [[PhD student|JOB_TITLE]] and a genius with databases. [[Pancho|PERSON]] is the one who convinced me to try local models, because he doesn't like sending our unpublished data to servers in the [[United States|COUNTRY]]. He runs something on a gaming laptop in the office, and it's slow but it works. We also collaborate with people in [[Europe|CONTINENT]], and the time difference is great because when we sleep, they check the alerts. And my partner [[Cata|PERSON]], [[Catalina|PERSON]], is a [[veterinarian|JOB_TITLE]] in [[Coquimbo|CITY]], she thinks I spend all day talking to robots about stars, which is not totally wrong.

AI: How do you see the role of AI in astronomy going forward?

User: It's already essential, but I worry about a generation of astronomers who never look at the raw images. When I was a student we stared at light curves for hours, and you build intuition. [[Vera Rubin|PUBLIC_FIGURE]] discovered evidence for dark matter by measuring galaxies very patiently, by hand. I don't think the machines would have suggested that, because it wasn't in the training data. Discoveries are often the anomalies that don't fit. So I try to keep a little time every week, usually [[Friday|GENERIC_TIME]] afternoons, just looking at weird objects the classifier was unsure about. Some of my favourite results came from there. Also, in the [[Atacama|CITY]] we have these clear skies, the least we can do is look with our own eyes sometimes.

AI: If our team wants to follow up with you, how can we get in touch?

User: Email is best, I write it like this on my website: [[saraya [at] userena [dot] cl|OBF_EMAIL|bracket_at_dot]]. I'm also on [[Mastodon|SOFTWARE]], [[@sebaraya@astrodon.social|SOCIAL_HANDLE]], where I post pretty supernova pictures sometimes.""")

# 17 Poland - narrative designer
T.append("""AI: Thank you for joining. Please tell me about yourself and your job.

User: Hi! I'm [[Marta Wiśniewska|PERSON]], I'm [[thirty|AGE]], and I'm a [[narrative designer|JOB_TITLE]] at [[Smocza Studio|ORGANIZATION]] in [[Kraków|CITY]]. We're a mid-sized studio, about a hundred and twenty people, making a dark fantasy RPG. I've been there since [[October 2021|DATE]]. Before that I spent three years at [[CD Projekt Red|ORGANIZATION]] in [[Warsaw|CITY]] as a [[junior quest writer|JOB_TITLE]], and before that I studied Polish philology at the [[Jagiellonian University|SCHOOL]], so I'm a failed literary scholar, basically.

AI: How does AI come into narrative design?

User: Mostly in the small stuff. An open-world game has thousands of barks, the little lines that guards or merchants say when you walk past. "Nice weather today", "watch your step", that kind of thing. We used to write all of them by hand. Now we generate first drafts with [[ChatGPT|AI_PRODUCT]] from a character sheet and then we edit heavily. All the dialogue lives in [[articy:draft|SOFTWARE]] and gets pulled into [[Unreal Engine|SOFTWARE]]. For the main quests, no, every line is human. My [[lead|GENERIC_ROLE]], [[Ola Kaczmarek|PERSON]], is very clear about that. [[Ola|PERSON]] says the main story is our fingerprint.

AI: Have you experimented with AI-driven characters, like NPCs that respond dynamically?

User: We did a prototype [[last year|GENERIC_TIME]] with [[Inworld|AI_PRODUCT]], where you could talk freely to a tavern keeper. It was impressive for five minutes and then horrible. He contradicted the lore, he talked about smartphones once. The QA team loved breaking him. The bigger problem was the voice. If the lines are generated on the fly, you need a synthetic voice, and our voice actors, especially [[Bartek|PERSON]], who voices the main villain, made it very clear they would not allow cloning. The union of Polish voice actors published a statement about this. So we dropped it. I was a bit relieved.

AI: How do you personally feel about using AI for writing?

User: Honestly, conflicted. Barks are tedious and I don't miss writing two hundred variations of "who goes there". But that's also how I learned. At [[CD Projekt|ORGANIZATION]], as a junior, I wrote barks for months, and my [[mentor|GENERIC_ROLE]], [[Paweł|PERSON]], would mark them up in red. That's how I learned voice and rhythm. Now our juniors get AI drafts and just polish. Are they learning? I'm not sure. And there's the cultural thing. We make games inspired by Slavic folklore, like [[Andrzej Sapkowski|PUBLIC_FIGURE]] with the Witcher books, and the models know the Western fantasy clichés much better. Ask for a Slavic witch and you get a Halloween witch with a Polish name.

AI: Has AI affected your life outside work?

User: A little. My boyfriend [[Kuba|PERSON]] is a [[high school teacher|JOB_TITLE]], and he sees students handing in essays that are obviously generated. So at dinner we have two perspectives, I use it every day and he fights it every day. We live in [[Kazimierz|CITY]], and on [[Sundays|GENERIC_TIME]] we walk along the Vistula and argue about whether machines can be creative. My grandmother in [[Tarnów|CITY]] thinks AI is a kind of TV channel.

AI: If we need to follow up with you, how can we reach you?

User: My work email, but written the Polish way, because we say "monkey" for the at sign: [[marta.wisniewska małpa smocza kropka pl|OBF_EMAIL|polish_malpa_kropka]]. Please don't put it in anything public in normal form, I get enough spam from recruiters already.""")

# 18 South Africa - wildlife photographer
T.append("""AI: Thanks for speaking with us. Could you introduce yourself?

User: Hi, yes. My name is [[Lerato Dlamini|PERSON]], I'm [[37|AGE]], and I'm a [[wildlife photographer|JOB_TITLE]]. I'm based in [[Cape Town|CITY]], I live in [[Observatory|CITY]], which is funny because I spend so much time looking at things. I studied zoology at [[UCT|SCHOOL]], and I've been shooting professionally since [[2012|DATE]]. Half my income is commissions from lodges and conservation groups, and the other half is leading small photo safaris, mostly in [[Kruger|CITY]] and in [[Botswana|COUNTRY]].

AI: How do you use AI in your photography?

User: There's the editing side, which is now normal. [[Lightroom|SOFTWARE]] masking, denoise for low-light leopard shots, that kind of thing. Then there's identification. When guests ask me about a bird or a frog I don't know, I use [[Google Lens|AI_PRODUCT]] or upload to [[iNaturalist|SOFTWARE]], and the community plus the algorithm give an ID. I'm also a citizen scientist, I contribute to a vulture monitoring project with [[SANParks|ORGANIZATION]], and my photos of tagged birds go into a database where a model helps match individuals. For writing, I use [[ChatGPT|AI_PRODUCT]] to draft captions and blog posts, though I always rewrite them because it makes everything sound like a brochure.

AI: Are there any risks you've noticed with AI in wildlife work?

User: Big ones. The scariest is location. Photos carry GPS metadata, and some AI tools can now guess a location just from the landscape in the picture. Rhino poaching is a real problem here. So I strip all metadata before posting anything, and I never post rhino photos until weeks later. One of the lodges I work for, [[Kwela Ridge Lodge|ORGANIZATION]] near [[Hoedspruit|CITY]], has a strict policy now, and their [[head of security|JOB_TITLE]], [[Johan Botha|PERSON]], actually showed us a demo where an AI tool found the rough location of a waterhole from a tourist's photo. [[Johan|PERSON]] said, if the tourists can do it, the syndicates can do it better.

AI: That's a worrying example. How does AI affect your income and clients?

User: Generated wildlife images are everywhere now, a tiger in perfect light, an eagle with a fish. Some magazines started using them for covers, which kills the market for real photographers. And competitions have had scandals. [[Frans Lanting|PUBLIC_FIGURE]] and other big names have spoken about honesty in nature photography, and I agree: the whole value is that it happened. My partner [[Sipho|PERSON]], [[Sips|PERSON]], says I should sell "certified real" prints, and honestly, he's onto something. Guests on my safaris love hearing the story of how I waited six hours for one shot. You can't prompt that.

AI: How do you feel about AI overall?

User: Useful tool, bad master. The species ID stuff is genuinely wonderful for learning, my niece [[Naledi|PERSON]] is [[nine|AGE]] and she's become a little frog expert thanks to [[iNaturalist|SOFTWARE]]. But the image generators make my work look less special to people who don't know the difference. In [[South Africa|COUNTRY]] there's also the access question, data is expensive, and many of the rangers I work with can't afford to use these tools on their phones.

AI: Finally, how can people reach you?

User: My portfolio is [[lerato-dlamini.photo|URL]], I'm [[@lerato.wild|SOCIAL_HANDLE]] on [[Instagram|SOFTWARE]], and bookings can call or [[WhatsApp|SOFTWARE]] me on [[+27 82 614 3390|PHONE_NUMBER]]. In [[June|GENERIC_TIME]] and [[July|GENERIC_TIME]] I'm in the bush a lot, so be patient.""")

# 19 Netherlands - hydrology PhD
T.append("""AI: Thank you for taking part. Can you introduce yourself and your research?

User: Yes, of course. I'm [[Daan Visser|PERSON]], I'm [[27|AGE]], and I'm a [[PhD researcher|JOB_TITLE]] in hydrology at [[Utrecht University|SCHOOL]]. I started on [[1 February 2023|DATE]]. My project looks at how river discharge extremes on the Rhine might change with climate change, and what that means for the dikes. It's co-funded by [[Deltares|ORGANIZATION]], so I spend one day a week at their office in [[Delft|CITY]], which is a long train ride from [[Utrecht|CITY]] but worth it.

AI: Where does AI come into your research?

User: In two ways. One, we're testing machine learning models, mostly LSTMs, as an alternative to traditional physics-based hydrological models. They're surprisingly good at predicting discharge, but the big question is whether they can predict extremes they've never seen. That's basically my thesis. Two, for daily work I use [[GitHub Copilot|AI_PRODUCT]] for my [[Python|SOFTWARE]] code, lots of [[xarray|SOFTWARE]] and netCDF files, and sometimes [[Le Chat|AI_PRODUCT]] from [[Mistral|ORGANIZATION]], because my [[supervisor|GENERIC_ROLE]] prefers a European company. I run the heavy models on the national supercomputer through [[SURF|ORGANIZATION]].

AI: You mentioned your [[supervisor|GENERIC_ROLE]]. How does she see AI?

User: Professor [[Marieke de Vries|PERSON]]. She's very Dutch about it, direct and practical. [[De Vries|PERSON]] is happy with [[Copilot|AI_PRODUCT]] for code, but for the thesis text she wants to see my own thinking, she says she can smell generated paragraphs because they are always "comprehensive" and "crucial". She also asks me to document which parts of my code were generated, in the commit messages. My daily [[supervisor|GENERIC_ROLE]] at [[Deltares|ORGANIZATION]], [[Joost|PERSON]], is more relaxed, he uses it for everything. Between [[Joost|PERSON]] and [[Marieke|PERSON]] I get both views every week.

AI: Have there been moments where AI led you in the wrong direction?

User: Yes, a very instructive one. I asked a chatbot to explain a paper about flood frequency analysis, and it gave me a very confident summary with a formula. I used the formula in my code, and the results for [[Lobith|CITY]], which is where the Rhine enters the [[Netherlands|COUNTRY]], were strange. [[Joost|PERSON]] looked at it and said, where did this come from? The formula didn't exist in the paper at all. It cost me two weeks. Now I only trust what I can find in the original source. Also, the water boards use our results, for example [[Waterschap Rivierenland|ORGANIZATION]], so mistakes are not only academic, they could influence decisions about dikes near people's homes. My parents live in [[Tiel|CITY]], right next to the Waal, so I take that personally.

AI: How does your life outside research relate to all this?

User: My girlfriend [[Fleur|PERSON]] is a [[nurse|JOB_TITLE]], and she laughs at my worries about AI, because in the hospital they have much bigger problems, like not enough staff. We live in [[Lombok|CITY]], the neighbourhood in [[Utrecht|CITY]], not the island, people always ask. On [[Saturday|GENERIC_TIME]] mornings I play korfball, which is a very Dutch sport, and nobody there cares about AI, which is refreshing. Sometimes I think the best thing for my research is to go cycling along the river and look at the water.

AI: If our team needs to follow up, how can we contact you?

User: The university email, written in Dutch style with the "little monkey tail": [[d.visser apenstaartje uu punt nl|OBF_EMAIL|dutch_apenstaartje_punt]]. I usually respond within a day, except when I'm in [[Delft|CITY]] with bad train wifi.""")

# 20 Vietnam - motion designer
T.append("""AI: Thank you for talking with us. Could you introduce yourself?

User: Hello! My name is [[Trần Minh Khôi|PERSON]], friends call me [[Khôi|PERSON]]. I'm [[25|AGE]], and I'm a freelance [[motion designer|JOB_TITLE]] in [[Ho Chi Minh City|CITY]], I live in [[Bình Thạnh|CITY]]. Most people here still say [[Saigon|CITY]]. I studied digital design at [[RMIT Vietnam|SCHOOL]] and started freelancing in [[2021|DATE]], during the lockdown. I make animations for ads, social media content, music videos, sometimes explainer videos for startups.

AI: How does AI fit into your work?

User: It's already a big part, honestly. My main tool is [[After Effects|SOFTWARE]], but now I use [[Runway|AI_PRODUCT]] and [[Kling|AI_PRODUCT]] to generate short video clips for mood boards and sometimes for final shots, like backgrounds or transitions. For style frames I use [[Stable Diffusion|AI_PRODUCT]] with [[ComfyUI|SOFTWARE]] on my own computer. It helps me deliver faster, and clients here want everything fast and cheap. A brand asks for a thirty-second ad in three days, and without AI I cannot do it alone.

AI: How do your clients feel about you using AI?

User: Most don't care, they care about the deadline and the price. Some actually ask for it, because they saw something on [[TikTok|SOFTWARE]]. But one agency I work with, [[Lửa Creative|ORGANIZATION]], has a rule now that I must tell them which parts are generated, because a client of theirs had a copyright problem. The [[creative director|JOB_TITLE]] there, [[Hoàng Thu Trang|PERSON]], is very careful, she made a checklist. Chị [[Trang|PERSON]] is also my favourite client because she pays on time. My first [[mentor|GENERIC_ROLE]], anh [[Tuấn|PERSON]], who taught me [[After Effects|SOFTWARE]] when I was a student, says that AI makes young designers lazy. He is a bit right. Sometimes I generate instead of thinking.

AI: Are there cultural or language issues with these tools?

User: Yes, a lot. When I generate images of Vietnamese streets, the model makes them look like a tourist postcard, conical hats everywhere, or it mixes [[Vietnam|COUNTRY]] with [[Thailand|COUNTRY]] and [[China|COUNTRY]]. For a music video for a local singer, I needed an image of a [[Saigon|CITY]] alley at night, and I had to take my own photos in [[Quận 4|CITY]] and use them as references. Also Vietnamese text in images is terrible, the tones and accents are wrong. A famous singer like [[Sơn Tùng M-TP|PUBLIC_FIGURE]] can pay big studios, but small artists come to freelancers like me, and they want their own culture, not the model's idea of [[Asia|CONTINENT]].

AI: How does your family see your work with AI?

User: My mother thinks I'm a "computer person", she doesn't really understand, but she's proud. My younger sister [[Ngọc Anh|PERSON]] is [[eighteen|AGE]] and she wants to study design too. I told her, learn to draw first, then learn the AI. I don't want her to depend on it like I sometimes do. My family is from [[Cần Thơ|CITY]], and at [[Tết|GENERIC_TIME]] my uncles ask me if robots will take my job. I say maybe they will take half, and I hope I keep the other half.

AI: If our team needs to contact you, what is the best way?

User: I prefer [[Zalo|SOFTWARE]], it's like [[WhatsApp|SOFTWARE]] for [[Vietnam|COUNTRY]], my number is [[090\u200b8\u200b123\u200b456|OBF_PHONE|zero_width_chars]]. For email I write it like this on my portfolio to stop spam: [[khoitran.motion(a)gmail(.)com|OBF_EMAIL|paren_a_dot]]. I usually answer at night, because daytime is for rendering.""")

# 21 Sweden - research engineer, microbiology
T.append("""AI: Thank you for joining. Could you start by describing your role?

User: Sure. I'm [[Linnea Holmberg|PERSON]], I'm [[44|AGE]], and I work as a [[research engineer|JOB_TITLE]] at [[Uppsala University|SCHOOL]], in a clinical microbiology group. Basically I run the lab: sample handling, the biobank freezers, sequencing preparations, and I train the new students. I've been in [[Uppsala|CITY]] since [[2009|DATE]], before that I did my PhD in [[Lund|CITY]]. We also use the sequencing platforms at [[SciLifeLab|ORGANIZATION]] a lot.

AI: How does AI come into your work in the lab?

User: Less at the bench, more around it. The university rolled out [[Microsoft Copilot|AI_PRODUCT]] [[last year|GENERIC_TIME]], inside [[Teams|SOFTWARE]] and [[Outlook|SOFTWARE]], so now it summarises meetings I didn't want to attend anyway. For protocols and SOPs, I've started using [[Claude|AI_PRODUCT]] to turn my messy notes into clean step-by-step documents for the students. Our lab notebook is [[Benchling|SOFTWARE]], and inventory is still a terrible [[Excel|SOFTWARE]] file that [[Erik|PERSON]] started years ago and nobody dares to restructure. I did ask a chatbot to help me write formulas for it, which worked surprisingly well.

AI: Who's [[Erik|PERSON]], if you don't mind me asking?

User: [[Erik Lindqvist|PERSON]], he's our [[bioinformatician|JOB_TITLE]]. [[Erik|PERSON]] and I are the two permanent staff in a group of mostly temporary people, so we're like the parents of the lab. The [[group leader|GENERIC_ROLE]] is Docent [[Anders Nyström|PERSON]], but [[Anders|PERSON]] is mostly writing grants and travelling. [[Erik|PERSON]] is the real AI enthusiast. He built a little pipeline that uses a model to flag contaminated sequencing runs, and it's genuinely useful. I'm the one who asks, what happens when it's wrong?

AI: What are your main concerns about using AI in a clinical microbiology setting?

User: Patient data, absolutely. Our samples come from the hospital, and they're linked to patients through the personnummer, the Swedish personal identity number. None of that can go into an external tool, and the ethics approvals are very specific. When the university started the [[Copilot|AI_PRODUCT]] pilot, we had a long meeting with the [[data protection officer|GENERIC_ROLE]], and I had to fill in a form with my own personnummer, [[800314-2286|NATIONAL_ID]], just to get a licence, which I found a bit ironic given the topic. The other concern is that the students trust it too much. A [[master's student|JOB_TITLE]], [[Amira|PERSON]], asked a chatbot for the right freezer temperature for a certain type of sample and got an answer that would have ruined them. Luckily she asked me before doing anything.

AI: How do you see your own role changing?

User: I think people like me, research engineers, are becoming the quality control for AI, not just for experiments. Someone has to know what the right answer looks like. It's a bit invisible, this work. When [[Svante Pääbo|PUBLIC_FIGURE]] got the Nobel, everyone in [[Sweden|COUNTRY]] was proud, but nobody talked about the lab engineers who kept the ancient DNA clean for decades. Same thing now. At home, my son [[Olle|PERSON]], he's [[fifteen|AGE]], uses AI for his homework, and I try to teach him the same lesson: check it against something real. He rolls his eyes, of course.

AI: If our team wants to follow up, how can we reach you?

User: My phone at work is [[018-471 22 63|PHONE_NUMBER]]. Email I'll spell the Swedish way, we call the at sign an elephant trunk: [[linnea.holmberg snabel-a imbim punkt uu punkt se|OBF_EMAIL|swedish_snabel_a]]. I'm in the lab most [[mornings|GENERIC_TIME]], so [[afternoons|GENERIC_TIME]] are better for calls.""")

# 22 Argentina - jazz pianist and teacher
T.append("""AI: Thanks for joining us. Could you introduce yourself and your musical life?

User: Con gusto. I'm [[Facundo Giménez|PERSON]], [[48|AGE]] years old, I'm a [[jazz pianist|JOB_TITLE]] and I teach harmony at the [[Conservatorio Manuel de Falla|SCHOOL]] here in [[Buenos Aires|CITY]]. I live in [[Almagro|CITY]], and I play three or four nights a week in clubs, mostly in [[San Telmo|CITY]] and [[Palermo|CITY]]. In [[2001|DATE]], with the crisis, I went to [[Barcelona|CITY]] for six years, played in hotels, came back in [[2007|DATE]] because I missed the asado and my mother, in that order, don't tell her.

AI: Where does AI come into your work as a musician and teacher?

User: The most useful thing for me is [[Moises|AI_PRODUCT]], the app that separates a recording into stems, bass, drums, piano, voice. For teaching it's fantastic. I take a [[Bill Evans|PUBLIC_FIGURE]] trio recording, remove the piano, and my students play over the real bass and drums. Before, we had play-along records, but always the same twenty standards. I also use [[Transcribe!|SOFTWARE]] to slow things down, and I write charts in [[MuseScore|SOFTWARE]]. For the administrative side, the conservatory forms, emails to club owners, I use [[ChatGPT|AI_PRODUCT]], my Spanish is fine but my patience is not.

AI: How do your bandmates see AI?

User: Ah, it depends who you ask. My [[bass player|JOB_TITLE]], [[Gustavo Ferrante|PERSON]], everybody calls him el [[Tano|PERSON]] because his grandfather was from [[Calabria|CITY]], he hates all of it. For [[Tano|PERSON]], music is people in a room breathing together, and a machine that generates a track is an insult. Our [[singer|JOB_TITLE]], [[Romina Paz|PERSON]], is more curious. [[Romina|PERSON]] used an AI tool to practice harmonies at home, a kind of virtual second voice, and honestly her intonation improved a lot. We argue about it after gigs, with a beer, at two in the morning. That's the best time to discuss philosophy.

AI: Do you worry about AI affecting how musicians earn a living?

User: Of course. Here in [[Argentina|COUNTRY]] musicians already earn very little, and with inflation it's a disaster. Restaurants that used to hire a trio on [[Friday|GENERIC_TIME]] nights now play a playlist on [[Spotify|SOFTWARE]], and some of those playlists are full of generated "jazz for dinner" that nobody composed. That hurts. Not because the music is bad, it's fine, it's wallpaper. But it was our wallpaper, you understand? The small gigs were where young players learned. [[Astor Piazzolla|PUBLIC_FIGURE]] played in cabarets for years before anyone listened to him seriously.

AI: What about your students? How do they use AI?

User: They use it for everything, theory homework, analysis, some even ask the chatbot to write their solos, which is absurd, you don't learn to improvise by reading. I tell them: use [[Moises|AI_PRODUCT]] to play with the masters, but your ears must do the work. My daughter [[Sol|PERSON]], she's [[seventeen|AGE]], wants to study music production, and she uses AI plugins that I don't even understand. Maybe in ten years she'll be teaching me. I hope so.

AI: If we need to contact you, what's the best way?

User: [[WhatsApp|SOFTWARE]], like everyone in [[Argentina|COUNTRY]], I'll say it the way I say it to club owners: [[once, cuatro cinco seis siete, ocho nueve cero dos|OBF_PHONE|spanish_number_words]]. Or find me on [[Instagram|SOFTWARE]], [[@facu.teclas|SOCIAL_HANDLE]]. If I don't answer, I'm probably on stage.""")

# 23 Philippines - copywriter and web novelist
T.append("""AI: Hi, thank you for joining. Could you tell me about yourself and your work?

User: Hello po! I'm [[Kristine Mae Villanueva|PERSON]], but everyone calls me [[Tin|PERSON]]. I'm [[24|AGE]], from [[Mandaue|CITY]], [[Cebu|CITY]]. During the day I'm a freelance [[copywriter|JOB_TITLE]] for clients abroad, mostly through [[Upwork|SOFTWARE]], and at night I write romance novels on [[Wattpad|SOFTWARE]]. I graduated from [[University of San Carlos|SCHOOL]] with a degree in English literature in [[2021|DATE]], and I've been freelancing since then.

AI: How do you use AI in your copywriting work?

User: A lot, honestly, because the clients expect it now. Most of my clients are small businesses in the [[US|COUNTRY]], like a dental clinic in [[Texas|CITY]] and a pet supplies shop. I use [[ChatGPT|AI_PRODUCT]] for first drafts of product descriptions and email sequences, then I edit to make it sound human. [[Grammarly|AI_PRODUCT]] for checking. [[Canva|SOFTWARE]] for social media graphics, it has AI features too now. The problem is, my rates went down. The [[dental clinic owner|JOB_TITLE]], [[Brad|PERSON]], told me directly [[last year|GENERIC_TIME]], "I can get [[ChatGPT|AI_PRODUCT]] to do this for free, why should I pay you fifteen dollars an hour?" So I had to show him what I add: the local knowledge, the tone, the strategy. [[Brad|PERSON]] stayed, but at a lower rate.

AI: And what about your fiction on [[Wattpad|SOFTWARE]]?

User: That one is my heart, so I don't use AI there. My stories are in Taglish, mixing English and Tagalog and sometimes Bisaya, and AI writes Taglish like a tourist. My readers would notice immediately, they are very sharp, some of them comment on every paragraph. My username there is [[@tintinwrites|SOCIAL_HANDLE]], and one of my stories got picked up by a local publisher, [[Bituin Books|ORGANIZATION]], in [[Manila|CITY]]. My [[editor|GENERIC_ROLE]] there, Ms. [[Reyes|PERSON]], asked me to sign a statement that the novel is not AI-written. I was happy to sign. Other [[Wattpad|SOFTWARE]] writers have been accused falsely, because some readers think anything popular must be AI.

AI: How do your family feel about your work?

User: My lola [[Caring|PERSON]], she's [[eighty-one|AGE]], thinks I'm a journalist because I "write on the computer". She reads my novels printed out, with a magnifying glass, and she says the kissing scenes are too much. My mama works as a [[nurse|JOB_TITLE]] in [[Dubai|CITY]], so she's been away since I was in grade school, and we video call on [[Sundays|GENERIC_TIME]]. She is the one who pushes me to learn AI, because she says the freelancers who don't learn it will lose clients. She sees it in the hospital too, AI for charting.

AI: Do you have any role models in how they deal with AI?

User: [[Colleen Hoover|PUBLIC_FIGURE]], haha, not for AI, just as a writer who started small and got huge through readers. For AI, I look at other Filipino freelancers in [[Facebook|SOFTWARE]] groups who share how they adapt. One of them, [[Jerome|PERSON]] from [[Davao|CITY]], teaches a mini course about "AI-assisted but human-finished" copywriting. I joined it, it helped me position myself.

AI: If our team needs to contact you, what's the best way?

User: Text me, I write my number like this in my [[Wattpad|SOFTWARE]] bio so bots don't copy it: [[O9l7-SS2-B4lO|OBF_PHONE|letters_for_digits]]. Or message me on [[Wattpad|SOFTWARE]], [[@tintinwrites|SOCIAL_HANDLE]], I reply faster there than anywhere.""")

# 24 Turkey - field archaeologist
T.append("""AI: Thank you for joining. Could you introduce yourself and your work?

User: Of course. I'm [[Emre Yıldız|PERSON]], [[34|AGE]] years old, an [[archaeologist|JOB_TITLE]]. I'm a [[research assistant|JOB_TITLE]], well, now a [[lecturer|JOB_TITLE]], at the [[Middle East Technical University|SCHOOL]], we say [[ODTÜ|SCHOOL]], in [[Ankara|CITY]]. [[Every summer|GENERIC_TIME]] I spend two months at an excavation near [[Konya|CITY]], at [[Çatalhöyük|CITY]], a Neolithic site. I've been going there since the [[2014|DATE]] season, when I was still a master's student.

AI: Where does AI come into archaeological fieldwork?

User: It is growing fast. The most practical use for us is pottery. We find thousands of sherds, small broken pieces, and classifying them by type takes enormous time. We are training an image model to suggest the type from photos, and a human specialist confirms. We also do photogrammetry, taking hundreds of photos of a trench and building a 3D model in [[Agisoft Metashape|SOFTWARE]], and it has machine learning for aligning images. Then the maps go into [[QGIS|SOFTWARE]]. For writing, I use [[ChatGPT|AI_PRODUCT]] and sometimes [[Gemini|AI_PRODUCT]] to help with English in reports, because many of our publications are in English.

AI: Who do you work with at the site?

User: The [[excavation director|GENERIC_ROLE]] is Professor [[Ayşe Karaca|PERSON]]. We all call her [[Ayşe|PERSON]] Hoca, it's a respectful way to say teacher. She is excellent but very careful about technology, she says a model is only as good as the typology behind it. Then there is [[Mehmet|PERSON]] Usta, who has been a [[foreman|JOB_TITLE]] at excavations for thirty years and is from the village next to the site. [[Mehmet|PERSON]] Usta can tell you the layer from the colour of the soil, better than any algorithm. He likes the tablet though, he uses it to look at the 3D models and point at problems.

AI: Have there been any tensions about using AI in the project?

User: Some. Permits come from the [[Ministry of Culture and Tourism|ORGANIZATION]], and there are rules about sharing images of finds before publication. Cloud AI tools raise questions, where do the photos go? So we run the pottery model locally on a laptop in the dig house. Also, there is a debate in the field about interpretation. Some colleagues want AI to "reconstruct" wall paintings or burial scenes, and [[Ayşe|PERSON]] Hoca refuses, she says that's fiction with a scientific face. I agree. [[Ian Hodder|PUBLIC_FIGURE]] wrote a lot about how interpretation happens at the trowel's edge, and I believe it. Reconstruction is a human argument, not a prediction.

AI: How does this work fit with the rest of your life?

User: Summer is difficult for my family. My wife [[Zeynep|PERSON]] is a [[pediatrician|JOB_TITLE]] in [[Ankara|CITY]], and our son [[Kerem|PERSON]] is [[four|AGE]], so two months away is hard. Sometimes they visit the site for a weekend, and [[Kerem|PERSON]] thinks I dig for dinosaurs. AI saves me some evening hours on paperwork, and that goes to video calls with them. My parents in [[İzmir|CITY]] still ask when I'll get a real job.

AI: How can our team reach you if we need to follow up?

User: My university email, which I write in Turkish style on the project website, we say "et" for the at sign: [[emre.yildiz et metu nokta edu nokta tr|OBF_EMAIL|turkish_et_nokta]]. In [[July|GENERIC_TIME]] and [[August|GENERIC_TIME]] I'm at the site, and internet there is slow, so please be patient.""")

# 25 Scotland - poet and lecturer
T.append("""AI: Thanks for joining us. Could you tell me who you are and what you do?

User: Aye, of course. I'm [[Isla Drummond|PERSON]], I'm a [[poet|JOB_TITLE]], and I also teach creative writing at [[Edinburgh Napier|SCHOOL]], part time. I'm [[forty-six|AGE]]. I grew up in [[Stornoway|CITY]], on [[Lewis|CITY]], and I write in English and in Gaelic, though more English these days because that's what pays. My third collection came out in [[spring 2022|DATE]] with [[Tidewrack Press|ORGANIZATION]], a small press in [[Glasgow|CITY]]. I live in [[Leith|CITY]] now, with my partner [[Morag|PERSON]] and a very old cat.

AI: Does AI play any part in your own writing?

User: In the poems, no. Not out of purity exactly, more that it's useless to me. A poem for me starts with a sound, something my granny said, the noise of a peat fire, and the machine doesn't have a granny. I tried, mind. When everyone was talking about [[ChatGPT|AI_PRODUCT]], I asked it to write a poem in the style of [[Robert Burns|PUBLIC_FIGURE]], and it was like shortbread tin [[Burns|PUBLIC_FIGURE]], all tartan and no sex. In Gaelic it was worse, it made up words. For admin, I'll admit, I've used it to write funding applications to [[Creative Scotland|ORGANIZATION]]. Those forms are a genre of their own and I'm happy to let a robot fill in the "outcomes and impact" section.

AI: What about your teaching? How has AI changed it?

User: Enormously. Students use it, of course they do. Some are honest about it. I had a [[student|GENERIC_ROLE]], [[Ruaridh|PERSON]], who told me straight he'd used it to generate twenty possible first lines and then chose one and rewrote it until it was his. That's not so different from a cut-up exercise, really. Others just hand in generated work, and you can tell, it's all "tapestries" and "whispers". The university runs everything through [[Turnitin|SOFTWARE]], which now claims to detect AI, but it flagged a lovely poem by a dyslexic [[student|GENERIC_ROLE]] who writes very plainly, and I had to fight for her. My [[head of department|GENERIC_ROLE]], [[Fiona Keir|PERSON]], backed me up, to be fair to [[Fiona|PERSON]].

AI: Are there public debates about AI and literature that matter to you?

User: The training data one, mainly. Poets earn almost nothing, and our books were scraped with everything else. [[Carol Ann Duffy|PUBLIC_FIGURE]] can survive that, but small-press poets can't. The [[Scottish Book Trust|ORGANIZATION]] had a session about it [[last autumn|GENERIC_TIME]] and the room was furious. And there's the Gaelic question. Some people say AI could help save endangered languages, and I understand that, there are so few speakers left. But my worry is a machine Gaelic that's grammatical and dead. My uncle [[Calum|PERSON]], he's [[eighty-three|AGE]], speaks a Gaelic with words that aren't in any dictionary. I'd rather record him than train a model.

AI: How do you see the next few years?

User: Honestly, I'm stubbornly hopeful. Poetry has survived the printing press, the radio, the internet. People still come to readings in a back room of a pub in [[Portobello|CITY]] on a wet [[Tuesday|GENERIC_TIME]]. That's not going away. What worries me is the bread-and-butter work, the small commissions and school workshops, being replaced by cheap generated verse. [[Morag|PERSON]] says I should write a poem about it, which is what she always says.

AI: If we need to follow up, what's the best way to reach you?

User: My email's on the press website written in code, because of the bots: [[isla&#64;tidewrack&#46;scot|OBF_EMAIL|html_entities]]. Or phone, but say it to me the old way, that's how I'll give it to you: [[oh seven seven double-oh, nine double-oh, three one two|OBF_PHONE|spelled_digits_double]]. I don't answer withheld numbers, mind.""")

if __name__ == "__main__":
    if "--audit" in sys.argv:
        from audit import audit; audit(T); sys.exit()
    write_set(T, "set_ay")
