"""Blind evaluation set 'by': 25 synthetic interview transcripts with industrial, transport, science and field workers talking about AI at work. Every person, number, email, address and ID is invented. Build with: python3 make_set_by.py"""
from markup import write_set

T = []

# 1. Nigeria - offshore instrumentation technician, Port Harcourt - typed chat
T.append("""AI: Hi, thanks for joining this conversation about AI at work. Could you start by telling me about your job and where you're based?

User: good evening. im [[Chukwuemeka Obi|PERSON]] but evrybody call me [[emeka|PERSON|lowercase_nickname]]. i am [[instrumentation technician|JOB_TITLE]] offshore, contract staff of [[Deltaline Integrated Services|ORGANIZATION]] working for [[SPDC|ORGANIZATION|abbreviation]]. base is [[Port Harcourt|CITY]] but we do 28 on 28 off on the FPSO. im [[34|AGE]], i enter the industry [[2013|DATE]] after my OND for [[PTI|SCHOOL|abbreviation]] [[Effurun|CITY]]

AI: Thanks, [[Emeka|PERSON]]. What does a normal hitch look like, and where does AI come into it?

User: normal hitch na calibration, loop check, chasing transmitters wey dey give wahala lol. AI come in mostly thru my phone. i use [[ChatGPT|AI_PRODUCT]] to explain alarm codes from the [[Yokogawa|ORGANIZATION]] system when the manual too long, and to clean up my permit to work description so [[my supervisor|GENERIC_ROLE]] no go return am. him name na Engr [[Boma Briggs|PERSON]], very strict. he was [[OIM|JOB_TITLE|abbreviation]] before, now he is [[maintenance superintendent|JOB_TITLE]]. he dont like "AI english", he say e too smooth haha

AI: So he can tell when something was written with AI! Can you give me an example of a task where it really helped you?

User: yes o he can tell. example, last [[March|GENERIC_TIME]] we get one gas detector wey keep tripping on the export line near [[Bonny|CITY]]. i type the symptoms give [[Gemini|AI_PRODUCT]] and it suggest check sensor head for salt deposit, which was correct, save maybe 6 hours. but one time i mess up. i paste the whole work order inside [[chatgpt|AI_PRODUCT]] and it carry my badge no [[DIS-OFF-20417|NATIONAL_ID|employee_id]] and even my NIN [[70412268315|NATIONAL_ID]] because HR form was attached at the bottom. nobody find out but i was scared die. [[the client|GENERIC_ROLE]] fit sack contractor for that kind thing

AI: That sounds stressful. Does your company have rules now about what you can put into AI tools?

User: now yes. after one incident for [[Onne|CITY]] base, HSE send memo say no P&ID, no personal data inside public AI. the HSE madam, Mrs [[Ibinabo Jack|PERSON|surname_like_first_name]], she is [[HSE coordinator|JOB_TITLE]], she run the training on [[Microsoft Teams|SOFTWARE]]. them wan bring [[Copilot|AI_PRODUCT]] inside [[Outlook|SOFTWARE]] [[next year|GENERIC_TIME]] but offshore our VSAT internet is very poor so i dont know how e go work. my main worry sef be say dem go use am reduce crew. on our sister unit they already cut [[two techs|GENERIC_ROLE]], [[Goodluck|PERSON|name_is_word]] and [[Tonye|PERSON]], company say "digital monitoring" go cover. [[Goodluck|PERSON|name_is_word]] now dey drive [[Bolt|ORGANIZATION]] for PH. my wife [[Precious|PERSON|name_is_word]] dey tell me make i learn data analytics small small, she sell provisions for [[Mile One|CITY|district]] market so she know say business fit change anytime

AI: It sounds like your family is thinking about this too. Do you use AI outside of work at all?

User: small. my daughter [[Chidinma|PERSON]], she is [[nine|AGE]], she dey ask [[Meta AI|AI_PRODUCT]] inside [[WhatsApp|SOFTWARE]] for homework from her school [[Kiddies Haven Academy|SCHOOL]]. i tell her say no trust everything. me i only use am personal to rewrite my CV. that CV still get my old address [[22 Ikwerre Road|ADDRESS]], [[Rumuokoro|CITY]] lol i never change am

AI: Thank you, that's really helpful. Is there anything else you'd like to add, or a way you'd prefer we follow up?

User: if una want follow up call [[0803 417 2259|PHONE_NUMBER]] or [[whatsapp|SOFTWARE|lowercase]] my second line [[081.2209.9417|OBF_PHONE|odd_separators]], email [[emeka.obi.instr@gmail.com|EMAIL_ADDRESS]]. just dont put my name for report o, [[my oga|GENERIC_ROLE|pidgin]] go vex. [[Nigeria|COUNTRY]] no be easy""")

# 2. Brazil - haul truck operator at an iron ore mine, Itabira - speech-to-text
T.append("""AI: Hello, and thank you for agreeing to talk with me today. Could you tell me a little about your work?

User: Yeah, um, hello. So my name is [[Rosângela Ferreira dos Santos|PERSON]], but, uh, at the mine everybody calls me [[Rô|PERSON|nickname]]. I'm a [[haul truck operator|JOB_TITLE]], I drive the big, um, the [[Komatsu|ORGANIZATION]] nine-thirty, at [[Valley|ORGANIZATION|misheard_name]], I mean [[Vale|ORGANIZATION]], the Cauê pit there in [[Itabira|CITY]]. I'm there since, uh, [[two thousand sixteen|DATE|number_words]]. Before that I worked in the cafeteria of the company in [[Congonhas|CITY]].

AI: Thanks, [[Rosângela|PERSON]]. What does a shift look like for you, and where does AI come into it?

User: So we do, um, twelve hours, day and night rotation, like all the mines in [[Brazil|COUNTRY]]. And the trucks now have this camera, the fatigue camera, it watches your eyes and if you blink too long it, uh, it shakes the seat and calls [[the dispatcher|GENERIC_ROLE]]. They say it is AI. Then in [[Parauapebas|CITY]] the company already has the autonomous trucks, no driver at all. [[My coordinator|GENERIC_ROLE]], [[Wellington|PERSON|name_is_place]], he says [[in five years|GENERIC_TIME]] maybe here too. And, um, me personally I use the, the [[chat GPT|AI_PRODUCT|speech_spacing]] on my phone, for writing things.

AI: What kind of things do you write with it?

User: Ah, many things. Like, uh, [[last year|GENERIC_TIME]] I did the test to become [[dispatcher|JOB_TITLE]], the controller in the room, and I asked it to make questions for me to study. And I wrote a complaint to the union, [[Metabase|ORGANIZATION]], about the bathroom on the, um, on the top of the pit, because [[the women drivers|GENERIC_ROLE]] have to go down forty minutes. Seu... no, sorry, it was [[Geraldo|PERSON]], the [[union delegate|JOB_TITLE]], he helped me send it. The AI wrote it very polite. Too polite, [[Geraldo|PERSON]] said, he changed it to be more angry, ha ha. But I have worries too, um. The camera, you know, it records everything, and [[the supervisors|GENERIC_ROLE]] can see who is tired. My colleague [[Jucélia|PERSON]], she got a warning because the camera said she closed eyes three times. But she has, um, she has a condition in the eye. So it's not fair. And the autonomous trucks, if they come, what happens to us? I am [[forty-two|AGE|number_words]], I'm not going to learn programming now. [[Elon|PUBLIC_FIGURE|first_name_only]], uh, [[Elon Musk|PUBLIC_FIGURE]] says everything will drive alone but he doesn't know the mud here in [[January|GENERIC_TIME]].

AI: Do you use AI outside work too, or with your family?

User: My son [[Davi|PERSON]], he is [[fourteen|AGE|number_words]], he's at [[SENAI|SCHOOL]] doing the electromechanics course, he uses everything, [[Gemini|AI_PRODUCT]], [[chat GPT|AI_PRODUCT|speech_spacing]], everything. My husband [[Cleiton|PERSON]], he works at [[Usiminas|ORGANIZATION]] in [[Ipatinga|CITY]], he only comes [[on the weekends|GENERIC_TIME]], and he doesn't trust it at all. He thinks the phone is listening, ha.

AI: Thanks for sharing that. Is there any way you'd like us to contact you if we have follow-up questions?

User: Okay, um, you can send on the [[zap|SOFTWARE|slang]], my number is, uh, [[thirty-one, nine, nine eight four one, two two seven three|OBF_PHONE|spoken_digits]]. Or email, it's [[ro ferreira santos at hotmail dot com|OBF_EMAIL|spelled_at_dot]], all together, ro ferreira santos. And if you need for the, the payment or something, my CPF is [[zero eight one, three three two, four five six, dash seventy|NATIONAL_ID|number_words]] and the matrícula, the registration at work, is [[four four seven nine one two|NATIONAL_ID|number_words]].

AI: Thank you, [[Rô|PERSON]]. Just to confirm, you're based in [[Itabira|CITY]] and mostly on the day and night rotation?

User: Yes, yes. [[Itabira|CITY]], the house is in the, uh, [[Praia|CITY|district]] neighbourhood, [[Rua Tiradentes, one hundred eighteen|ADDRESS|number_words]]. Sorry, the phone hears wrong sometimes.""")

# 3. Germany - process engineer at a chemical plant, Ludwigshafen - typed chat
T.append("""AI: Hello and thanks for taking the time. Could you describe your role and what a typical week looks like?

User: Hello. I am [[Katrin Vogelsang|PERSON]], [[47|AGE]], working as [[process engineer|JOB_TITLE]] in the acetylene plant at [[BASF|ORGANIZATION]] in [[Ludwigshafen|CITY]], since [[2011|DATE]]. Before this I did my PhD at [[KIT|SCHOOL|abbreviation]] in [[Karlsruhe|CITY]]. Typical week: morning meeting with [[the shift leaders|GENERIC_ROLE]], then troubleshooting, MOC documents, a lot of [[SAP|SOFTWARE]], and simulation in [[Aspen HYSYS|SOFTWARE]] when we want to change something in the process.

AI: Thanks, [[Katrin|PERSON]]. Where does AI show up in that week?

User: We have an internal chatbot since [[last autumn|GENERIC_TIME]], it is called [[Max|AI_PRODUCT|product_like_name]] (nobody knows why, IT says after [[Max Planck|PUBLIC_FIGURE]], I think it is a joke). [[Max|AI_PRODUCT|product_like_name]] runs on [[GPT-4|AI_PRODUCT]] inside our network, so we are allowed to put internal documents. I use it for summarizing HAZOP reports and for writing English mails to the colleagues in [[Freeport|CITY]]. For German to English I still prefer [[DeepL|AI_PRODUCT]], it sounds less like a robot.

AI: Can you give a concrete example where it helped, or where it went wrong?

User: Went wrong: I asked [[Max|AI_PRODUCT|product_like_name]] to summarize a deviation report and it invented a valve tag which does not exist. My colleague [[Jörg|PERSON]] from the analytics team in [[Mannheim|CITY]] found it, luckily before it went to [[the authority|GENERIC_ROLE]]. Helped: Dr. [[Hoffmann|PERSON|surname_only]], our [[plant manager|JOB_TITLE]], wanted in one day a comparison of three catalyst suppliers, I did it in two hours instead of two days. He was happy, I was a bit scared how easy it was.

AI: Are there concerns for you or your colleagues?

User: Yes. The works council is discussing with the company and [[IG BCE|ORGANIZATION|abbreviation]] about logging. Every prompt is saved together with the Personalnummer, mine is [[50038821|NATIONAL_ID|employee_id]], so in theory someone can see I asked at 2 in the night "how to write polite complaint to [[my boss|GENERIC_ROLE]]" haha. Older colleagues like [[Uwe|PERSON]], he is [[61|AGE]], refuse to touch it. In [[Germany|COUNTRY]] we are quite careful with data, maybe too careful, the colleagues in the [[USA|COUNTRY]] just use everything.

AI: Do you use AI at home as well?

User: A little. My husband [[Thorsten|PERSON]] is [[teacher|JOB_TITLE]] at the [[Carl-Bosch-Gymnasium|SCHOOL|school_named_after_person]] and he fights every day with [[pupils|GENERIC_ROLE]] who write homework with [[ChatGPT|AI_PRODUCT]]. Our son [[Lennart|PERSON]] is [[sixteen|AGE]] and of course he uses it too. In the kitchen we have [[Alexa|AI_PRODUCT|product_like_name]] but only for timers and radio. I think that is the correct amount of AI for a family.

AI: That's a nice way of putting it. Is there anything else you'd like to add, and how can we reach you if needed?

User: Only that I hope the study is not only about [[office people|GENERIC_ROLE]]. We in the plants also have opinions. Mail please to [[k.vogelsang@posteo.de|EMAIL_ADDRESS]], not to the company address. Or phone [[0621 4498 2231|PHONE_NUMBER]] [[in the evening|GENERIC_TIME]], [[weekdays|GENERIC_TIME]] after 19 o'clock. If you send the voucher per post: [[Mußbacher Landstraße 17|ADDRESS]], [[Neustadt an der Weinstraße|CITY]].""")

# 4. India - senior loco pilot (goods), Vijayawada - speech-to-text
T.append("""AI: Namaste, and thank you for joining. Could you tell me about your work?

User: Namaste. Uh, my name is [[Pothula Venkata Ramana|PERSON]], I am working as [[senior loco pilot|JOB_TITLE]], goods, in [[Indian Railways|ORGANIZATION]], [[South Central Railway|ORGANIZATION]], [[Vijayawada|CITY]] division. I am [[fifty-one|AGE|number_words]] years, I joined as [[assistant loco pilot|JOB_TITLE]] in, uh, [[nineteen ninety-six|DATE|number_words]]. Mostly I am running coal rakes from [[Visakhapatnam|CITY]] port to the thermal station at [[Ramagundam|CITY]].

AI: Thank you, Mr [[Ramana|PERSON]]. What does AI have to do with your job right now?

User: Honestly, uh, in the cab, not so much. We have the [[Kavach|SOFTWARE]] system, anti-collision, automatic braking, some people say that is AI but it is not AI madam, it is radio and RFID. For booking on, booking off, there is the [[CMS|SOFTWARE|abbreviation]], crew management. Where I am using AI is, uh, my son installed [[Chat GPT|AI_PRODUCT|speech_spacing]] for me, for English letters. Like, uh, [[last month|GENERIC_TIME]] I had to give explanation for an overshooting at [[Eluru|CITY]] station, to the [[Senior DME|JOB_TITLE|abbreviation]], Mr [[Srinivasulu|PERSON]].

AI: That sounds like a serious situation. How did AI help with it?

User: So, um, I spoke in Telugu into the phone and [[Gemini|AI_PRODUCT]] made it into English, proper format, "respected sir" and all. Very nice. But, uh, I also typed my PF number, [[four four one nine zero two three one six five|NATIONAL_ID|number_words]], and my Aadhaar also, [[four two one seven, eight eight three zero, one five six six|NATIONAL_ID|id_like_phone]], because the form was asking. Then my son scolded me.

AI: Why did your son scold you?

User: [[Kiran|PERSON]], he is in [[NIT Warangal|SCHOOL]], final year computer science. He told me, uh, "don't give Aadhaar to any app, it goes to [[America|COUNTRY]]". I don't know if it is true. My wife [[Lakshmi|PERSON]] also uses it, for recipes and for, uh, the horoscope, ha. And my daughter [[Sravani|PERSON]], she is [[twenty-three|AGE|number_words]], she is working in [[Infosys|ORGANIZATION]] at [[Hyderabad|CITY]], she says AI is taking the testing jobs there.

AI: Do you have any worries about AI coming into railway work?

User: Yes, uh, the cab voice and video recording, they are putting cameras in the cab now, all over [[India|COUNTRY]]. Our union, [[AILRSA|ORGANIZATION|abbreviation]], is saying it will be used for punishment, not safety. Minister [[Ashwini Vaishnaw|PUBLIC_FIGURE]] says it is for safety. [[My assistant|GENERIC_ROLE]], [[Shaik Mastan Vali|PERSON]], he is young, he doesn't mind, but [[the old drivers|GENERIC_ROLE]] are worried. Also, uh, the running hours. Sometimes fourteen hours, sixteen hours. AI cannot fix that, only more [[loco pilots|GENERIC_ROLE]] can fix that.

AI: Thank you, that's very clear. How can we contact you if we have follow-up questions?

User: Mobile is, uh, [[nine eight four eight, zero two, six one three five|OBF_PHONE|spoken_digits]]. Email, [[ramana pothula sixty nine at rediffmail dot com|OBF_EMAIL|spelled_at_dot]]. We are staying in railway quarters, [[quarter number one one four B, Loco Colony|ADDRESS|number_words]], [[Satyanarayanapuram|CITY|district]], in [[Vijayawada|CITY]]. Don't call on [[Sunday|GENERIC_TIME]] morning, I will be sleeping after night trip, ha.""")

# 5. Philippines - second engineer on a bulk carrier, from Iloilo - typed chat
T.append("""AI: Hi! Thanks for joining. Could you tell me about your work and where you are right now?

User: hi po! im [[Jericho Dimaculangan|PERSON]], [[Echo|PERSON|nickname]] for short haha. [[2nd engineer|JOB_TITLE]] on a bulk carrier, right now at anchorage in [[Qingdao|CITY]] [[China|COUNTRY]]. manning agency is [[Magsaysay Maritime|ORGANIZATION]], principal is [[Anglo-Eastern|ORGANIZATION]]. 9 month contract, this is month 6 lol. im [[31|AGE]] y/o from [[Jaro|CITY|district]], [[Iloilo City|CITY]]

AI: Thanks, [[Echo|PERSON]]. How do you use AI on board, if at all?

User: we have [[starlink|SOFTWARE|lowercase]] now so we have internet, before wala talaga. i use [[chatgpt|AI_PRODUCT]] for troubleshooting purifier alarms, the [[Alfa Laval|ORGANIZATION|org_like_person]] one, also for fuel consumption formulas in [[excel|SOFTWARE]], and for the monthly engine report to [[the superintendent|GENERIC_ROLE]]. our [[chief engineer|JOB_TITLE]] is croatian, Chief [[Marković|PERSON|surname_only]], his english is very formal so [[chatgpt|AI_PRODUCT]] helps me to match his style haha

AI: Can you share a specific time it made a difference?

User: yes po. last voyage [[Durban|CITY]] to [[Kakinada|CITY]], aux engine no.2 had high exhaust temp one cylinder. me and the [[3rd engineer|JOB_TITLE]], [[Ronnel|PERSON]], we asked [[chatgpt|AI_PRODUCT]] and it gave a list, injector, fuel pump, valve clearance. at the end it was injector, same as what the [[MAN Energy Solutions|ORGANIZATION]] manual said anyway lol. but it helped [[Ronnel|PERSON]] understand faster, he is only [[24|AGE]] first contract as 3rd

AI: Any concerns about AI at sea?

User: one thing i did wrong. i asked [[chatgpt|AI_PRODUCT]] to fill up my training record form for the agency and i put my SIRB no. [[C0981245|NATIONAL_ID|seaman_book]] and my SSS [[34-5521876-2|NATIONAL_ID|id_like_phone]] there, then i realized hala dapat hindi pala. also [[some cadets|GENERIC_ROLE]] use AI to cheat in the online modules for [[MARINA|ORGANIZATION|abbreviation]] license, our [[2nd mate|GENERIC_ROLE]] caught one [[cadet|GENERIC_ROLE]] [[last month|GENERIC_TIME]]. scary if that guy becomes officer someday. and the company is testing AI for predictive maintenance from [[Singapore|CITY]] office, maybe less engineers in the future

AI: How does your family feel about your work and AI?

User: my wife [[joy|PERSON|lowercase_name_is_word]] is [[nurse|JOB_TITLE]] in [[Iloilo Doctors' Hospital|ORGANIZATION|org_like_person]], she is the one who taught me [[chatgpt|AI_PRODUCT]] actually haha. our son [[Zion|PERSON]] is [[three|AGE]], he talks to [[Google Assistant|AI_PRODUCT]] on my old phone when we video call. [[Joy|PERSON|name_is_word]] wants me to stop sailing after i get chief, maybe teach at my old school [[JBLFMU|SCHOOL|abbreviation]], the [[John B. Lacson Foundation Maritime University|SCHOOL|school_like_person]]

AI: That's lovely. If we have follow-up questions, how can we reach you?

User: best is [[messenger|SOFTWARE|lowercase]], [[facebook.com/echo.dimac|URL]] or [[IG|SOFTWARE|abbreviation]] [[@echo_onboard|SOCIAL_HANDLE]]. my globe no. is [[0917 552 1876|PHONE_NUMBER]] but roaming so expensive haha. pls after [[December|GENERIC_TIME]] i will be home in the [[Philippines|COUNTRY]] na""")

# 6. Poland - city bus driver, Wroclaw - speech-to-text
T.append("""AI: Good afternoon, thanks for speaking with me. Could you tell me about your job?

User: Yes, good afternoon. So, um, I'm [[Grzegorz Wójcik|PERSON]], but the transcription probably writes it like [[Gregory Voychik|PERSON|misheard_name]], ha. I am a [[bus driver|JOB_TITLE]] at [[MPK|ORGANIZATION|abbreviation]] in [[Wrocław|CITY]]. I'm driving city buses since [[twenty ten|DATE|number_words]], mostly the night lines. Before that I drove trucks for [[Raben|ORGANIZATION|org_like_person]], all over [[Europe|CONTINENT]], [[Spain|COUNTRY]], [[Italy|COUNTRY]], everywhere.

AI: Thank you, [[Grzegorz|PERSON]]. Where does AI come into your work?

User: Um, well, last year the company put in a new rostering, the duty schedules, supposedly with AI, it's called [[Optibus|SOFTWARE]]. And honestly, uh, it's a disaster for people. It makes duties that are legal but, like, a split shift with three hours in the middle at the depot, you can't go home. Our [[dispatcher|JOB_TITLE]], Mrs [[Beata|PERSON]], she fixes them by hand every [[Friday|GENERIC_TIME]], so what's the point.

AI: Do you use any AI tools yourself?

User: Yeah, um, [[Copilot|AI_PRODUCT]], because it's on the computer at home with [[Windows|SOFTWARE]]. I used it to write an appeal when they cut my bonus for, uh, harsh braking. The bus has telematics, it gives [[every driver|GENERIC_ROLE]] a score, and my score went down because a [[cyclist|GENERIC_ROLE]] jumped in front of me on, uh, on [[Legnicka Street|ADDRESS|street_only]]. My appeal was in good Polish thanks to AI, ha, and they gave the bonus back. My colleague [[Mirek|PERSON|nickname]] did the same.

AI: Are there things about AI at work that worry you?

User: The score, mainly. It's not really AI, but they call it AI. It doesn't know the road. And, uh, they talk about autonomous buses in [[Poland|COUNTRY]], there was a test in, um, [[Gdańsk|CITY]] I think. My union, [[Solidarność|ORGANIZATION]], says not before [[twenty thirty-five|GENERIC_TIME|future_year]]. I'm [[forty-six|AGE|number_words]], so maybe I make it to retirement, ha. [[Young drivers|GENERIC_ROLE]], like [[Kasia Lewandowska|PERSON]], she's [[twenty-four|AGE|number_words]], she should worry more.

AI: Do you use AI with your family at all?

User: My daughter [[Zuzia|PERSON|nickname]], she's [[eleven|AGE|number_words]], she asks [[ChatGPT|AI_PRODUCT]] about football, she is crazy for [[Robert Lewandowski|PUBLIC_FIGURE]], not related to [[Kasia|PERSON]], ha, everybody asks her. My wife works at [[Volvo|ORGANIZATION]], the bus factory here, in quality control, so at home we talk buses all the time, it's terrible.

AI: That sounds like a very bus-centred household! Is there a way we can reach you for follow-up questions?

User: Ha, yes. Phone, um, [[six zero one, four four eight, two one nine|OBF_PHONE|spoken_digits]]. And my service number at [[MPK|ORGANIZATION|abbreviation]], if you need to check I'm real driver, is [[four four one seven|NATIONAL_ID|number_words]]. But please call after two, before that I'm sleeping, after the night line.""")

# 7. Japan - etch equipment engineer at a semiconductor fab, Kumamoto - typed chat
T.append("""AI: Hello, thank you for joining. Could you tell me about your job?

User: hello. my name is [[Matsumoto Haruki|PERSON|surname_first]]. i am [[29|AGE]]. i work as [[equipment engineer|JOB_TITLE]] (etching) at [[JASM|ORGANIZATION|abbreviation]] in [[Kikuyo|CITY]], near [[Kumamoto|CITY]]. it is the new fab of [[TSMC|ORGANIZATION]] with [[Sony|ORGANIZATION]]. before i was in [[Sony Semiconductor Manufacturing|ORGANIZATION]] for 6 years. i graduated [[Kumamoto KOSEN|SCHOOL]]. sorry my english is not good

AI: Your English is very clear, [[Matsumoto|PERSON]]-san. How does AI appear in your work?

User: thank you. in our fab AI is in many places. fault detection on the tools, the FDC, it is machine learning. and for me, language is big problem. many engineers came from [[Taiwan|COUNTRY]], they speak chinese and english, we speak japanese. so i use [[ChatGPT|AI_PRODUCT]] and [[DeepL|AI_PRODUCT]] every day for translating trouble reports. my trainer is [[Lin|PERSON|surname_only]]-san, [[senior etch engineer|JOB_TITLE]], from [[Tainan|CITY]]. we write in english but sometimes we use AI between.

AI: Can you give an example of a time this was helpful, or not helpful?

User: helpful: [[one night|GENERIC_TIME]] the chamber had particle problem. [[Lin|PERSON|surname_only]]-san wrote long chinese message in [[LINE|SOFTWARE]], i put in [[ChatGPT|AI_PRODUCT]], understood quickly, fixed in 40 minutes. not helpful: [[Claude|AI_PRODUCT|product_like_name]] translated "wet clean" like "washing with water" lol. [[my leader|GENERIC_ROLE]] [[Ogata|PERSON|surname_only]]-san was angry because the report went to [[the customer|GENERIC_ROLE]] like that.

AI: Are there any worries for you about AI at work?

User: yes. our company have rule, no confidential data to public AI. but people are busy so they forget. i also did mistake once, i asked AI to help with visa form for training in [[Hsinchu|CITY]] and i put my passport no [[TK8830215|NATIONAL_ID|passport]]. not company data but still bad. also i think in future, FDC + AI will reduce engineers on night shift. now we are 4 teams 2 shifts. maybe later 3 teams.

AI: Is AI part of your life outside work?

User: my wife [[Aoi|PERSON]] uses [[ChatGPT|AI_PRODUCT]] for baby food ideas haha. our baby is [[eight months|AGE|age_in_months]]. we moved to [[Ozu|CITY]] town because near the fab, land price is going up very much because of [[TSMC|ORGANIZATION]]. everybody talks about it. even [[Morris Chang|PUBLIC_FIGURE]] is famous here in [[Japan|COUNTRY]] now, old people know his name lol

AI: Thank you, that's very interesting. Is there anything else, and how can we contact you?

User: no more, thank you. email is [[h.matsumoto.kmm@icloud.com|EMAIL_ADDRESS]]. [[LINE|SOFTWARE]] id is [[haruki_0712|SOCIAL_HANDLE]]. not my company email please. after [[Golden Week|GENERIC_TIME]] i have more time.""")

# 8. Kenya - mechanical technician at a geothermal power station, Naivasha - speech-to-text
T.append("""AI: Hello, thanks for joining. Could you start by telling me a bit about your job?

User: Hello, hello. Yes, um, my name is [[Wanjiru Kamau|PERSON]]. I'm a [[mechanical technician|JOB_TITLE]] at [[Can Gen|ORGANIZATION|misheard_name]], uh, sorry, [[KenGen|ORGANIZATION]], K-E-N-G-E-N, the transcription is writing it wrong. I'm at the [[Olkaria|CITY]] geothermal plants, near [[Naivasha|CITY]]. I've been there since, um, [[June twenty nineteen|DATE|number_words]]. Before that I did my diploma at [[Kenya Polytechnic|SCHOOL]], which is now [[Technical University of Kenya|SCHOOL]].

AI: Thanks, [[Wanjiru|PERSON]]. What does your day look like, and where does AI fit in?

User: So, um, we maintain the wellheads, the separators, the turbines, the big ones are from [[Toshiba|ORGANIZATION]]. It's the biggest geothermal in [[Africa|CONTINENT]], it's hot, it's dusty, there are giraffes sometimes, ha. AI, okay, there's a pilot now with vibration sensors on the turbines, and the software says "this bearing will fail in three weeks". The [[plant manager|JOB_TITLE]], Engineer [[Kiprono|PERSON|surname_only]], he loves it. Me, I use [[ChatGPT|AI_PRODUCT]] on my phone mostly for, uh, writing the job cards properly and for studying, because I'm doing my degree part-time at [[JKUAT|SCHOOL|abbreviation]].

AI: Could you tell me about a specific time the AI tools helped or didn't help?

User: Yes. [[Last year|GENERIC_TIME]] the system predicted a bearing problem on unit, um, on one of the units, and we opened it and it was true, the bearing was, was pitted. [[The engineers|GENERIC_ROLE]] were clapping. But then in [[April|GENERIC_TIME]] it gave like twenty false alarms in one week and [[Baraka|PERSON|name_is_word]], my colleague, he was called out [[at night|GENERIC_TIME]] four times for nothing. He was so tired. And [[Hope Achieng|PERSON]], the [[control room operator|JOB_TITLE]], she just started ignoring the alarms. That's dangerous, no?

AI: It does sound like a real risk. Do you have other worries about AI at work?

User: Um, jobs, a little. But geothermal is very physical, a robot cannot climb a wellhead in the mud, ha. My bigger worry is, uh, the data. When I joined the pilot they took my staff number, [[K G slash O L K slash zero three three one eight|NATIONAL_ID|spoken_alnum]], and my ID number, [[two nine four zero eight one one seven|NATIONAL_ID|number_words]], for the login, and also the KRA PIN, [[A zero one three five five two eight one seven Q|NATIONAL_ID|spoken_alnum]]. For a login! Why do they need my KRA PIN? Nobody could answer.

AI: That's a fair question. Does AI come up in your life outside work?

User: My daughter [[Njeri|PERSON]], she's [[seven|AGE|number_words]], she watches videos and thinks the robot voices are real people. My husband [[Otieno|PERSON]] is a [[matatu driver|JOB_TITLE]] in [[Nakuru|CITY]], and he uses [[M-Pesa|SOFTWARE]] and that's all the technology he wants, ha. I admire [[Wangari Maathai|PUBLIC_FIGURE]], you know, environment, and I think AI should help us measure the, um, the emissions, the H2S, better. That's where I want to go in my career.

AI: That's a great ambition. How can we reach you if we have follow-up questions?

User: My number is [[oh seven two two, four one nine, three zero six|OBF_PHONE|spoken_digits]]. Don't call on shift, I can't pick in the plant, [[my supervisor|GENERIC_ROLE]] will shout. I'm in [[Kenya|COUNTRY]] time, so [[evenings|GENERIC_TIME]], um, after six is good.""")

# 9. Chile - production geologist at a copper mine, Antofagasta - typed chat
T.append("""AI: Hi there, thanks for joining us. Could you tell me about your work?

User: hola! soy [[Francisca Morales Rojas|PERSON]], everyone says [[Fran|PERSON|nickname]]. im [[geóloga de producción|JOB_TITLE|non_english]] (production geologist) at [[Minera Escondida|ORGANIZATION]], operated by [[BHP|ORGANIZATION]], in the desert, like 170 km from [[Antofagasta|CITY]]. 7x7 roster, i fly from [[Santiago|CITY]] [[every week|GENERIC_TIME]]. started in [[march 2017|DATE|lowercase]] right in the middle of the big strike lol

AI: Thanks, [[Fran|PERSON]]. Where does AI come into your work?

User: many places!! block model in [[Leapfrog|SOFTWARE]], now it has some machine learning for the domains. i write python scripts for the blast hole data and [[Copilot|AI_PRODUCT]] helps me a lot, before i was copying from stack overflow hahaha. also [[ChatGPT|AI_PRODUCT]] for english reports to the people in [[Perth|CITY]] and [[Melbourne|CITY]]. my jefe, [[Rodrigo Sepúlveda|PERSON]], [[superintendente de geología|JOB_TITLE|non_english]], he says to use it but check everything twice

AI: Can you tell me about a time it helped or caused trouble?

User: trouble: my colleague [[Santiago|PERSON|name_is_place]] (yes like the city lol) used [[ChatGPT|AI_PRODUCT]] to make a grade reconciliation summary and it changed 0.62% Cu to 0.26%. nobody saw until the monthly meeting in front of the [[GM|JOB_TITLE|abbreviation]] from [[Australia|COUNTRY]]. poor [[Santi|PERSON|nickname]]. helped: for my masters thesis at [[UCN|SCHOOL|abbreviation]], the [[Universidad Católica del Norte|SCHOOL]], i used AI to clean 40.000 rows of assay data in [[one weekend|GENERIC_TIME]]

AI: What concerns do you have, if any?

User: automation. in [[Chuquicamata|CITY]] they already have autonomous trucks and here too in some pits. [[geologists|GENERIC_ROLE]] are ok for now but [[the samplers|GENERIC_ROLE]] and the [[drill operators|GENERIC_ROLE]], not sure. and also as a woman in mining i worry that AI for hiring will copy the old bias, like only men in the faena. and privacy, the company app has everything: my RUT [[17.482.339-K|NATIONAL_ID]], my medical exam, my blood type, my roster

AI: Is there anything about AI in your personal life you'd like to share?

User: my partner [[Camila|PERSON]] is a [[teacher|JOB_TITLE]] in [[La Serena|CITY]], she hates AI because [[the students|GENERIC_ROLE]] copy everything lol. i turned [[34|AGE]] [[last week|GENERIC_TIME]] (born [[1990|DATE]]) and she made me a cake with a drawing made with [[Midjourney|AI_PRODUCT]], so she doesnt hate it that much. my mom in [[Calama|CITY]] uses [[Gemini|AI_PRODUCT]] to ask about her pills, which scares me a little

AI: That's a sweet story. How can we contact you for follow-up?

User: mail [[fran.morales.geo@gmail.com|EMAIL_ADDRESS]] or [[whatsapp|SOFTWARE|lowercase]] [[+56 9 8134 2207|PHONE_NUMBER]]. [[insta|SOFTWARE|lowercase]] is [[@fran_en_faena|SOCIAL_HANDLE]]. im in faena until [[sunday|GENERIC_TIME|lowercase]] so answer slow. saludos from [[Chile|COUNTRY]]!""")

# 10. Canada - area air traffic controller, Winnipeg - speech-to-text
T.append("""AI: Hi, thanks for taking part. Could you tell me a little about what you do?

User: Sure, yeah. I'm [[Siobhan MacLeod|PERSON]], that's, um, the speech thing will probably spell it [[Shivon McLeod|PERSON|misheard_name]], everybody does. I'm an [[area controller|JOB_TITLE]] at the [[Winnipeg|CITY]] area control centre, with [[NAV CANADA|ORGANIZATION]]. I've been licensed since, uh, [[twenty fourteen|DATE|number_words]]. Trained at the [[NAV CENTRE|SCHOOL]] in [[Cornwall|CITY|place_like_country_region]], Ontario.

AI: Thanks, [[Siobhan|PERSON]]. Where does AI come into air traffic control, if at all?

User: Honestly, in the live operation, nothing AI touches the traffic. It's all, um, certified systems, radar, the flight data system. There's talk about AI for, like, conflict prediction, the [[FAA|ORGANIZATION|abbreviation]] is testing stuff in [[the States|COUNTRY|informal]]. Personally I use [[Copilot|AI_PRODUCT]], the [[Microsoft|ORGANIZATION]] one, not a co-pilot, ha, for admin, for writing up occurrence reports in plain language before I put them into the, the official form.

AI: Could you give an example of how that works in practice?

User: Yeah so, um, there was a loss of separation [[last winter|GENERIC_TIME]], not mine, but I was the [[OJI|JOB_TITLE|abbreviation]], the on-the-job instructor, for a [[trainee|JOB_TITLE]], [[Dev|PERSON|short_name]], and we had to write a statement. I dictated it and [[Copilot|AI_PRODUCT]] tidied it. But it added words that weren't true, like "immediately". In our world, "immediately" is, uh, that's a legal word. So I had to take it out. The [[shift manager|JOB_TITLE]] [[that night|GENERIC_TIME]], [[Marc-André Gagnon|PERSON]], he said never let the AI write your timeline.

AI: That's a good rule. What worries, if any, do you have about AI in your field?

User: Fatigue scheduling, actually. They want to use an algorithm for the rosters and, uh, [[the controllers|GENERIC_ROLE]] are already short. And the other worry is, um, when the automation is good almost all of the time, you stop watching. [[The pilots|GENERIC_ROLE]] talk about that too. I'm [[thirty-eight|AGE|number_words]], I've got maybe twenty years left, I think the job will still be humans, at least in [[Canada|COUNTRY]]. Our union, [[CATCA|ORGANIZATION|abbreviation]], is pretty loud about it.

AI: Does AI show up at home for you?

User: Oh, yeah. My husband [[Will|PERSON|name_is_word]] asks [[Alexa|AI_PRODUCT|product_like_name]] everything. The kids, [[Grace|PERSON|name_is_word]] and [[Hunter|PERSON|name_is_word]], are [[nine|AGE|number_words]] and [[six|AGE|number_words]], they think [[Alexa|AI_PRODUCT|product_like_name]] is a family member. [[Will|PERSON|name_is_word]] works at [[Boeing|ORGANIZATION]] here, on the composite parts, so we're a very aviation family. We even watched the [[Sully|PUBLIC_FIGURE|nickname]] movie like five times.

AI: Thanks so much. Is there a way we can reach you for follow-up?

User: Sure. Email is [[siobhan dot macleod eighty-six at gmail dot com|OBF_EMAIL|spelled_at_dot]], or cell, [[two oh four, five five five, zero one four three|OBF_PHONE|spoken_digits]]. Not during [[Thanksgiving|GENERIC_TIME]] week though, I'm on days then.""")

# 11. South Africa - underground shift supervisor, platinum mine, Rustenburg - typed chat
T.append("""AI: Good day, and thanks for joining. Can you tell me about your job?

User: hi. im [[Luvuyo Mgxashe|PERSON]], they call me [[Luvo|PERSON|nickname]]. [[shift supervisor|JOB_TITLE]] underground at [[Sibanye-Stillwater|ORGANIZATION]], platinum, the shaft near [[Marikana|CITY]] outside [[Rustenburg|CITY]]. im [[38|AGE]], been underground since [[2010|DATE]], started as [[general worker|JOB_TITLE]]. originally from [[Mthatha|CITY]]

AI: Thanks, [[Luvo|PERSON]]. What does a shift look like, and where does AI come in?

User: we go down the cage [[4am|GENERIC_TIME]], my crew is 18 people, [[the rock drill operators|GENERIC_ROLE]], [[the winch drivers|GENERIC_ROLE]], [[helpers|GENERIC_ROLE]]. now the section has PDS, proximity detection on the LHDs and locos, it beeps when a person is close, company calls it smart mining. the [[mine overseer|JOB_TITLE]], Mr [[Venter|PERSON|surname_only]], looks at a dashboard in [[Power BI|SOFTWARE]] [[every morning|GENERIC_TIME]], red and green for our blasts. me i use [[ChatGPT|AI_PRODUCT]] to write the incident reports in english, my home language is isiXhosa so it helps a lot

AI: Can you tell me about a specific time you used it?

User: yes. [[last month|GENERIC_TIME]] one of my guys [[Lucky Sithole|PERSON]] got hand injury from a scaling bar. i typed everything in [[chatgpt|AI_PRODUCT]] to make the report nice and i put his company no [[SS-0448127|NATIONAL_ID|employee_id]] and even his ID number [[9107145809081|NATIONAL_ID]] because the form asks. after, the [[safety officer|JOB_TITLE]] [[Gift Molefe|PERSON]] told me no no no, you cant put that in AI. so now i write "employee A". [[Lucky|PERSON|name_is_word]] is fine now, back on [[Monday|GENERIC_TIME]]

AI: Good to hear he's recovered. What worries you about AI in mining, if anything?

User: trust. [[AMCU|ORGANIZATION|abbreviation]] says all this smart mining is for retrenchments. people here dont trust the companies. my uncle [[Mzwandile|PERSON]] was shot at the koppie in [[August 2012|DATE]], he survived but he never worked again. so when the company says the computer will decide who works where, people remember. and [[Cyril Ramaphosa|PUBLIC_FIGURE]] was on that board then, everybody in [[South Africa|COUNTRY]] knows that story

AI: Thank you for sharing something so personal. Does AI come into your life outside the mine?

User: my wife [[Nomsa|PERSON]] sells clothes on [[Facebook Marketplace|SOFTWARE]] and uses AI to write the adverts. our son [[Aphiwe|PERSON]] is [[12|AGE]], he is at [[Lebone II College|SCHOOL]] in [[Phokeng|CITY]] on a bursary, he wants to be engineer. i did my N3 at [[Orbit TVET College|SCHOOL]] [[at night|GENERIC_TIME]], i want him to go to [[Wits|SCHOOL|nickname]] not underground like me

AI: That's a real hope for him. How can we contact you for follow up?

User: [[072 558 1934|PHONE_NUMBER]] [[whatsapp|SOFTWARE|lowercase]], or email [[luvo.mgxashe@webmail.co.za|EMAIL_ADDRESS]]. house is [[Stand 2215, Seraleng Ext 3|ADDRESS]] if you post something. my blasting ticket is [[BC-88214|NATIONAL_ID|licence]] if you need to check im real miner lol""")

# 12. Mexico - quality inspector at a car assembly plant, Ramos Arizpe - speech-to-text
T.append("""AI: Hello, thank you for joining. Could you tell me about your work?

User: Hello, yes, good morning. Um, my name is [[María Guadalupe Treviño Garza|PERSON]], but everybody says [[Lupita|PERSON|nickname]]. I'm a [[quality inspector|JOB_TITLE]] in the paint shop at [[General Motors|ORGANIZATION]] in [[Ramos Arizpe|CITY|place_like_person]], it's next to [[Saltillo|CITY]]. I'm there, um, since [[two thousand fifteen|DATE|number_words]], before I was in a supplier, [[Magna|ORGANIZATION]], doing, uh, mirrors.

AI: Thanks, [[Lupita|PERSON]]. Where does AI come into your work in the paint shop?

User: Okay, so, um, now we have the cameras, the vision system, from [[Cognex|ORGANIZATION]] I think, it looks at every car after the clear coat and it marks the defects, dirt, runs, orange peel. Before, it was only us with the lights, uh, [[the inspectors|GENERIC_ROLE]]. Now the camera finds and we confirm. And I use [[ChatGPT|AI_PRODUCT]] for the eight-D reports in English, because they go to [[Detroit|CITY]] and my English writing is, uh, more or less. My [[line leader|JOB_TITLE]], [[Jesús Alberto Ramírez|PERSON]], he taught me the prompts.

AI: Could you tell me about a specific time the camera or [[ChatGPT|AI_PRODUCT]] made a difference?

User: Yes, um, [[last summer|GENERIC_TIME]] the camera started to reject like forty cars per shift for dirt, and it was a, a false thing, the lights in the booth were dirty, not the cars. [[The engineers|GENERIC_ROLE]] wanted to stop the line. My partner on the line, [[Ángel|PERSON|name_is_word]], he said no, look at the light, and he was right. The camera is smart but it doesn't think. And [[ChatGPT|AI_PRODUCT]], once it wrote in the report that we did a test we didn't do. I almost sent it.

AI: That sounds like a close call. What else worries you about AI at the plant?

User: Um, that they reduce inspectors, obviously. From twelve we are now eight on my shift. And with the, uh, the tariffs to [[Mexico|COUNTRY]], [[Trump|PUBLIC_FIGURE]] and everything, everybody is nervous in [[Saltillo|CITY]]. The company says AI is to help us, but, uh, I'm [[thirty-three|AGE|number_words]], I have a son, I need the job. I started studying [[in the evenings|GENERIC_TIME]] at the [[Tecnológico de Saltillo|SCHOOL]] for industrial engineering because of this.

AI: It sounds like you're preparing for change. Does AI come up at home?

User: My son [[Emiliano|PERSON]], he is [[ten|AGE|number_words]], he uses the [[Gemini|AI_PRODUCT]] for his homework and I check it, ha. My husband drives trailer to [[Laredo|CITY]], he only uses [[WhatsApp|SOFTWARE]]. My mother says AI is the devil, ha ha. She watches the news about [[Claudia Sheinbaum|PUBLIC_FIGURE]] and the AI, she thinks the government will read her phone.

AI: Thank you, [[Lupita|PERSON]]. How can we get in touch if we have follow-up questions?

User: Yes, um, the email is [[lupita punto treviño arroba gmail punto com|OBF_EMAIL|spanish_spelled]], and the cell is, uh, [[ocho cuatro cuatro, dos siete uno, cero nueve tres ocho|OBF_PHONE|spanish_digits]]. And for the gift card they asked me before the CURP, it is [[T R G M nine one zero three zero two M C L R R R zero seven|NATIONAL_ID|spelled_letters]], and my NSS from [[IMSS|ORGANIZATION|abbreviation]] is [[four three one six nine two one eight four four five|NATIONAL_ID|number_words]].""")

# 13. Indonesia - ship-to-shore crane operator at a container terminal, Surabaya - typed chat
T.append("""AI: Hello! Thank you for joining. Could you tell me about your job?

User: halo, selamat siang. my name [[Dwi Prasetyo|PERSON]], call me [[Pras|PERSON|nickname]]. i am [[operator crane STS|JOB_TITLE|non_english_order]] at [[TPS|ORGANIZATION|abbreviation]] terminal petikemas, port of [[Tanjung Perak|CITY|district]] [[Surabaya|CITY]], under [[Pelindo|ORGANIZATION]]. working since [[2015|DATE]], age [[33|AGE]]. i come from [[Lamongan|CITY]] but now stay in [[Sidoarjo|CITY]]

AI: Thanks, [[Pras|PERSON]]. What does your work day look like, and where does AI come in?

User: shift 8 hour, 3 shift, i sit in the cabin 40 meter up, loading unloading container from ship. the system is [[Navis|SOFTWARE]] TOS, it tells which container where. now management talk about remote control crane like in [[Singapore|COUNTRY|city_state]] and [[China|COUNTRY]], operator sit in office with joystick and AI camera. me personally i use [[ChatGPT|AI_PRODUCT]] for english, because [[the foreign captains|GENERIC_ROLE]] and [[the ship planners|GENERIC_ROLE]] send email in english. also for my son homework haha

AI: Could you give me an example of a time AI helped, or didn't?

User: helped: my [[foreman|JOB_TITLE]] pak [[Slamet|PERSON]] ask me to make SOP for new operators, i make with [[chatgpt|AI_PRODUCT]] in one night, he very happy. not helped: i ask AI about crane wind limit, it say 72 km/h but our rule is different, if i follow AI maybe dangerous. also once i upload photo of my SIO license to ask AI the expiry date, and the license no is there [[SIO/III/2021/04482|NATIONAL_ID|licence]], my name, my photo, all. my friend [[Yoga|PERSON|name_is_word]] say that is stupid haha

AI: What concerns you most about AI in the port?

User: remote crane. if it come, maybe they need half operators. older operators like pak [[Harjono|PERSON]], he is [[52|AGE]], cannot learn new system easy. also the cameras for fatigue, same like truck. the union [[SP Pelindo|ORGANIZATION]] still quiet. [[Jokowi|PUBLIC_FIGURE|nickname]] before always say digital, digital, but nobody explain to workers what happen to us

AI: How about outside of work?

User: my wife [[Sri Wahyuni|PERSON]] sell kue online on [[Shopee|SOFTWARE]] and [[TikTok|SOFTWARE]], she use AI for caption. my son [[Rizky|PERSON]] [[5 tahun|AGE|non_english]], he talk to [[Google Assistant|AI_PRODUCT]] in bahasa jawa and it dont understand haha. i want take D3 at [[PPNS|SCHOOL|abbreviation]] or S1 at [[Institut Teknologi Sepuluh Nopember|SCHOOL|school_like_date]] but expensive

AI: Thank you so much. How can we contact you for follow-up?

User: [[wa|SOFTWARE|abbreviation]] [[0812-3390-4471|PHONE_NUMBER]], or [[tiktok|SOFTWARE|lowercase]] [[tiktok.com/@pras_operator_sts|URL]] i post video from cabin haha. for honorarium they need NIK: [[3578041289070003|NATIONAL_ID|long_digits]]. after [[Lebaran|GENERIC_TIME]] i have more free time, now [[Ramadan|GENERIC_TIME]] very busy""")

# 14. Norway - offshore wind turbine technician, Stavanger - speech-to-text
T.append("""AI: Hi, and thanks for joining. Could you tell me about your work?

User: Yeah, hi. So, um, I'm [[Ingrid|PERSON]], I'm a [[wind turbine technician|JOB_TITLE]], offshore. I work for [[Siemens Gamesa|ORGANIZATION|org_like_person]] on service, mostly on a floating wind farm in the North Sea that [[Equinor|ORGANIZATION]] operates. We fly out by helicopter from, uh, [[Bergen|CITY]], two weeks on, four weeks off. I live in [[Stavanger|CITY]].

AI: Thanks, [[Ingrid|PERSON]]. Where does AI come into your work?

User: Mostly in the, um, the inspections. Before, we used rope access to look at the blades, really slow. Now drones fly around the blade and an AI model marks the, uh, the leading edge erosion and cracks. [[The engineers|GENERIC_ROLE]] onshore get a report with red boxes. And the turbines themselves have, like, condition monitoring, so sometimes we go out because the algorithm says a gearbox sounds wrong. Personally I use [[ChatGPT|AI_PRODUCT]] a bit, and [[Copilot|AI_PRODUCT]] in [[Teams|SOFTWARE]] because the company pays for it.

AI: Could you give an example of one of those call-outs?

User: Yeah, um, in [[February|GENERIC_TIME]] we went out for a, uh, a main bearing alarm, really bad weather, we waited three days on the, the vessel because of the waves. And in the end it was a sensor cable. My colleague [[Hans|PERSON|name_is_word]], he's been doing this since the beginning, he said the old way, we would have just, uh, listened to it. But also, to be fair, [[last year|GENERIC_TIME]] the same system caught a real crack early. So, um, fifty-fifty.

AI: What worries you, if anything, about AI in your job?

User: Hmm. Not so much the jobs, honestly, there are not enough [[technicians|GENERIC_ROLE]] in [[Europe|CONTINENT]]. More, uh, that the decisions come from far away. Like the planning is done by a, a model in [[Denmark|COUNTRY]] and nobody asks us, the people who climb. And the safety, if someone trusts the drone picture and doesn't check the bolts. I'm [[twenty-nine|AGE|number_words]], I want to do this for a long time, so I care about it.

AI: Does AI come up in your life outside work?

User: Not much, I'm, um, I'm outside a lot. My partner [[Sindre|PERSON]] uses it for his master's at [[UiS|SCHOOL|abbreviation]], the university here. My little brother is obsessed with [[Greta Thunberg|PUBLIC_FIGURE]] and thinks AI uses too much energy, so we argue at [[Christmas|GENERIC_TIME]], ha. Which is funny because my whole job is energy.

AI: Thanks so much. Anything else you'd like to add?

User: Um, just that the study should talk to [[the vessel crews|GENERIC_ROLE]] too, they see everything. And, uh, if you need to reach me, email is [[ingrid haugland at proton dot me|OBF_EMAIL|spelled_at_dot]]. I'm offshore from the, the twelfth, so before that.""")

# 15. Vietnam - production line leader at an electronics factory, Bac Ninh - typed chat
T.append("""AI: Hello, thank you for joining. Could you tell me about your job?

User: hello, em là [[Nguyễn Thị Hồng Nhung|PERSON]], u can call me [[nhung|PERSON|lowercase_name]]. i am [[line leader|JOB_TITLE]] at [[Samsung Electronics Vietnam|ORGANIZATION]], [[SEV|ORGANIZATION|abbreviation]] factory in [[Yên Phong|CITY]] industrial park, [[Bắc Ninh|CITY]]. i work here from [[2018|DATE]], now i am [[26|AGE]]. my line assemble phone camera module, 40 workers

AI: Thanks, [[Nhung|PERSON]]. Where does AI appear in your work?

User: at the end of line there is AOI machine, the camera check solder and scratch automatically. before we have 6 girls do visual check, now only 2. also [[my manager|GENERIC_ROLE]] is korean, Mr [[Park|PERSON|surname_is_word]], he speak korean + little english, so we use [[Papago|AI_PRODUCT]] to translate between korean and vietnamese. for my report i use [[Excel|SOFTWARE]] and sometime [[ChatGPT|AI_PRODUCT]] to write english summary for the weekly meeting

AI: Could you give an example of a time AI helped, or caused a problem?

User: problem: Mr [[Park|PERSON|surname_is_word]] sent message in [[Zalo|SOFTWARE]] group "tomorrow stop line 3 hour for cleaning", [[Papago|AI_PRODUCT]] translate like "tomorrow stop 3 lines". my team panic lol. chị [[Thu|PERSON|short_name]] the [[team leader|JOB_TITLE]] of line B call him at [[10pm|GENERIC_TIME]] to ask. helped: the AOI find a bad lot of FPCB from supplier before shipping, my line got reward 2 million dong each person

AI: What worries you about AI at the factory?

User: [[the workers|GENERIC_ROLE]] worry about job. many girls from countryside, like me, from [[Thái Bình|CITY|place_like_person]] province. if AOI better, they cut more. also the company app for attendance use face recognition, and before they ask our CCCD number, my is [[034190004518|NATIONAL_ID|id_like_phone]], all inside the system. i dont know where data go, maybe [[Korea|COUNTRY]]

AI: Do you use AI outside of work?

User: my husband anh [[Tuấn|PERSON]] drive [[grab|ORGANIZATION|lowercase]] in [[Hà Nội|CITY]], the app decide everything for him, he hate it lol. our daughter bé [[Na|PERSON|short_name]] is [[three|AGE|number_words]], she watch [[youtube|SOFTWARE|lowercase]] and the AI voice cartoons. i study english online [[at night|GENERIC_TIME]], [[ChatGPT|AI_PRODUCT]] is my teacher haha. i want to go work in [[Korea|COUNTRY]] someday, [[Samsung|ORGANIZATION]] headquarter

AI: Thank you so much, [[Nhung|PERSON]]. How can we contact you if we have questions later?

User: [[zalo|SOFTWARE|lowercase]] or phone [[0968 214 337|PHONE_NUMBER]]. email [[hongnhung.tb96@gmail.com|EMAIL_ADDRESS]]. dont call during shift pls, i cannot hold phone in clean room. before [[Tết|GENERIC_TIME]] is better""")

# 16. Egypt - shift engineer at a combined-cycle power plant, Beni Suef - speech-to-text
T.append("""AI: Good evening, and thanks for joining. Could you tell me about your job?

User: Good evening. Yes, um, I am [[Ahmed Mostafa Abdel-Rahman|PERSON]], I am a [[shift engineer|JOB_TITLE]] in the combined cycle power plant in [[Beni Suef|CITY]]. The plant was built by [[Siemens|ORGANIZATION|org_like_person]] and it belongs to the, uh, [[Egyptian Electricity Holding Company|ORGANIZATION]]. I am there since the commissioning, since [[twenty seventeen|DATE|number_words]]. Before that I was in the old plant in [[Helwan|CITY]].

AI: Thanks, [[Ahmed|PERSON]]. Where does AI come into running the plant?

User: So, um, there is the remote monitoring from [[Germany|COUNTRY]], the [[Siemens|ORGANIZATION|org_like_person]] people watch the gas turbines, and they have, uh, analytics, they send us, like, "the combustion dynamics are rising, check". This is maybe AI, maybe statistics, nobody tells us, ha. In the control room, we have the DCS, the [[SPPA-T3000|SOFTWARE]]. And me, I use [[ChatGPT|AI_PRODUCT]] for writing reports, and for my study, I am preparing for the, uh, the master at [[Cairo University|SCHOOL]].

AI: Could you tell me about a specific time the AI was useful, or not?

User: In [[summer|GENERIC_TIME]], the load is very high, the air conditioners, all [[Egypt|COUNTRY]]. [[One night|GENERIC_TIME]] the remote center told us the turbine two has an anomaly and recommended to reduce load. But the [[load dispatch center|GENERIC_ROLE]] in [[Cairo|CITY]] told us no, keep the load, the grid needs it. So I am in the middle, ha. My [[plant manager|JOB_TITLE]], Engineer [[Hesham Fawzy|PERSON]], he decided to keep the load and watch. It was okay. But the AI, it doesn't know about the grid, about the people without electricity.

AI: That's a real dilemma. Are there any other concerns you have?

User: Yes, um, the data. For the new training platform they asked our national ID, mine is, uh, [[two nine zero zero five one two, two one zero one two three five|NATIONAL_ID|number_words]], and our photos, and it is a, a foreign server. And the jobs, of course, they say the new plants need [[fewer operators|GENERIC_ROLE]]. My colleague [[Mohamed Salah|PERSON|name_like_public_figure]], not the footballer, ha, our [[Mohamed Salah|PERSON|name_like_public_figure]], he is [[fifty-six|AGE|number_words]], they told him maybe early retirement.

AI: Does AI come into your life at home?

User: My wife [[Nour|PERSON]] is a [[pharmacist|JOB_TITLE]] in [[Giza|CITY]], she uses [[Gemini|AI_PRODUCT]] to check medicines interactions, I told her be careful. Our daughter [[Malak|PERSON]], she is [[four|AGE|number_words]], she likes to talk to the phone. And everybody in the family, the uncles, they send me AI videos on [[WhatsApp|SOFTWARE]] of, of [[Mo Salah|PUBLIC_FIGURE|nickname]] singing, ha, very funny.

AI: Thank you, [[Ahmed|PERSON]]. How can we reach you if we have follow-up questions?

User: My mobile is [[zero one zero, zero four four seven, eight two one six|OBF_PHONE|spoken_digits]]. Please not in [[Ramadan|GENERIC_TIME]] evenings, ha, I am with the family. I am [[thirty-four|AGE|number_words]], I am on night shift every, uh, [[every other week|GENERIC_TIME]].""")

# 17. Australia - environmental field officer at an ecological consultancy, Townsville - typed chat
T.append("""AI: Hi, thanks for joining! Could you tell me about your work?

User: hey! im [[Brianna Tuiasosopo|PERSON]], everyone calls me [[Bree|PERSON|nickname]]. im an [[environmental field officer|JOB_TITLE]] with [[Hydrobiology|ORGANIZATION|org_like_word]], small consultancy based in [[Townsville|CITY]]. we do water quality and fauna surveys, mostly for mines and ports. biggest client atm is [[Rio Tinto|ORGANIZATION|org_like_place]] up near [[Weipa|CITY]]. im [[27|AGE]], been there since i finished my honours at [[JCU|SCHOOL|abbreviation]] in [[2020|DATE]]

AI: Thanks, [[Bree|PERSON]]. Where does AI come into your fieldwork?

User: heaps of places actually. we put out camera traps and the photos go through [[MegaDetector|AI_PRODUCT]] to throw out the empty ones, like 90% are just grass moving lol. acoustic recorders for birds and frogs, [[BirdNET|AI_PRODUCT]] does the first pass. mapping in [[QGIS|SOFTWARE]] and [[ArcGIS Field Maps|SOFTWARE]] on the ipad. and yeah [[ChatGPT|AI_PRODUCT]] for the boring bits of the reports, methods sections etc. [[my boss|GENERIC_ROLE]] [[Hamish Urquhart|PERSON]] ([[principal ecologist|JOB_TITLE]]) is pretty old school about it tho

AI: Could you give an example where AI really helped, or got it wrong?

User: got it wrong: [[BirdNET|AI_PRODUCT]] flagged a "powerful owl" on a recorder near [[Mackay|CITY]] which would have been a massive deal for [[the client|GENERIC_ROLE]] (not in a good way for them haha). turned out to be a cow. my field buddy [[Jordan|PERSON|name_is_country]] (he gets the country joke every single day) listened to all 40 hours of audio around it to be sure. helped: the camera trap sorting saves us literally weeks, we can do surveys in the [[wet season|GENERIC_TIME]] now that we couldnt process before

AI: What are your concerns, if any, about AI in this kind of work?

User: honestly that [[clients|GENERIC_ROLE]] will want it cheaper and faster and skip the people on the ground. also [[the traditional owners|GENERIC_ROLE]], we work with the [[Girringun|ORGANIZATION]] rangers on some jobs, aunty [[Marlene|PERSON]] said straight up who owns the photos and the songs of the country when its in an AI. thats a good question and nobody at our work had an answer. and data, our field app logs my location all day, plus they scanned my drivers licence for the 4wd insurance, [[084 512 993|NATIONAL_ID|id_like_phone]], its all sitting in some cloud

AI: Does AI show up in your personal life too?

User: a bit. my mum in [[Logan|CITY|place_like_name]] uses it to write her church newsletter haha. my partner [[Tama|PERSON]] is a [[diesel fitter|JOB_TITLE]] fly in fly out at [[Mount Isa|CITY]], hes convinced AI will take over the mines before it takes his job, so hes chill. we both grew up watching [[Steve Irwin|PUBLIC_FIGURE]], thats basically why i do this job

AI: That's a great reason. How can we contact you for any follow-up?

User: email [[bree.tuiasosopo@outlook.com|EMAIL_ADDRESS]] or text [[0412 779 305|PHONE_NUMBER]]. im at [[14/22 Mitchell St|ADDRESS]], [[North Ward|CITY|district]] if you post anything. out bush most of [[June|GENERIC_TIME]] tho so bit slow to reply""")

# 18. Turkey - airline first officer (A320), Istanbul - speech-to-text
T.append("""AI: Hello, thank you for taking part. Could you tell me about your work?

User: Hello, yes. So, um, I am [[Elif Yıldırım|PERSON]], I am a [[first officer|JOB_TITLE]] on the A320neo at [[Pegasus|ORGANIZATION|org_like_myth]], based at Sabiha Gökçen, in [[Istanbul|CITY]], the Asian side. I'm flying since [[twenty eighteen|DATE|number_words]]. I did my training at the, uh, [[Türk Hava Kurumu University|SCHOOL]] in [[Ankara|CITY]].

AI: Thanks, [[Elif|PERSON]]. Where does AI come into your work as a pilot?

User: In the cockpit itself, um, nothing is AI, the aircraft is automated but it's, it's rules, not learning. Where we see it is more the, uh, the flight planning, the fuel, what [[the dispatchers|GENERIC_ROLE]] do. The company uses [[SkyBreathe|SOFTWARE]] to analyze our flights, how much fuel, single engine taxi and so on, and we get a score. And I use [[ChatGPT|AI_PRODUCT]] to study, like, for the command upgrade later, I ask it questions about systems, hydraulics, and then I check in the FCOM, because sometimes it's, uh, confidently wrong.

AI: Could you share a specific example of it being confidently wrong?

User: Yes, ha. I asked about the, uh, the green hydraulic system on the A320 and it mixed with the [[Boeing|ORGANIZATION]] 737, totally different. If you study that for the sim check, you fail. My captain [[last week|GENERIC_TIME]], Captain [[Murat Demir|PERSON]], he laughed and said "the robot has not done a type rating". But also, um, one very useful thing, it helped me write my complaint to the, uh, to [[SHGM|ORGANIZATION|abbreviation]], the civil aviation authority, about my licence renewal, it was stuck for two months. My licence number is [[TR-A-41827|NATIONAL_ID|licence]], and it still took two months, ha.

AI: What concerns do you have about AI in aviation?

User: Single pilot operations. [[Airbus|ORGANIZATION]] and some airlines in [[Europe|CONTINENT]] talk about one pilot in cruise and AI helping. For me this is, um, very dangerous, and it is also about jobs for [[the young pilots|GENERIC_ROLE]]. And the fatigue, here in [[Turkey|COUNTRY]] the rostering algorithm makes legal but very tiring pairings, like three [[Antalya|CITY]] rotations in one day in [[August|GENERIC_TIME]]. The union, uh, [[Hava-İş|ORGANIZATION]], is talking about it.

AI: Does AI come into your personal life?

User: My fiancé [[Can|PERSON|name_is_word]], he is a [[software developer|JOB_TITLE]] at [[Trendyol|ORGANIZATION]], so he is all about AI, every dinner it's AI, ha. My mother in [[Trabzon|CITY]] asks me if AI will fly the plane and I say, "Anne, no". My sister [[Zeynep|PERSON]] is [[twenty-five|AGE|number_words]], she is a [[doctor|JOB_TITLE]] and she uses it for, uh, for English articles.

AI: Thank you, [[Elif|PERSON]]. How can we reach you if we have follow-up questions?

User: Email is better, because I'm flying: [[elif dot yildirim dot fo at gmail dot com|OBF_EMAIL|spelled_at_dot]]. For the payment form I think you need the TC number, it's, um, [[one four seven, two two eight, six zero nine, one six|NATIONAL_ID|number_words]]. I'm [[thirty-one|AGE|number_words]], by the way, if it matters for the study.""")

# 19. Italy - research technician in a materials science lab, Genoa - typed chat
T.append("""AI: Hello, thanks for joining. Could you tell me a bit about your job?

User: ciao! im [[Chiara Benedetti|PERSON]], [[research technician|JOB_TITLE]] in an electron microscopy lab at [[IIT|ORGANIZATION|abbreviation]], istituto italiano di tecnologia, in [[Genova|CITY]]. i prepare samples, run the SEM and TEM, and do a lot of image analysis. i studied physics at [[Università di Pisa|SCHOOL]], here since [[2016|DATE]]

AI: Thanks, [[Chiara|PERSON]]. Where does AI come in for you?

User: image segmentation mostly! we used to count nanoparticles by hand in [[ImageJ|SOFTWARE]], now we train models in [[ilastik|SOFTWARE|lowercase]] and some python with deep learning. [[ChatGPT|AI_PRODUCT]] writes half of my python honestly. and for literature the group uses [[Elicit|AI_PRODUCT]] and [[Perplexity|AI_PRODUCT]]. [[our PI|GENERIC_ROLE]], Prof. [[Lorenzo Galli|PERSON]], he is [[group leader|JOB_TITLE]], he is enthusiastic, maybe too much, he wants AI in every grant

AI: Can you give an example where it worked well, or badly?

User: badly: a [[postdoc|JOB_TITLE]], [[Arjun|PERSON]], used a model to segment particles for a paper and it was counting the carbon grid holes as particles, in 30% of images. i noticed because the histogram was strange. we fixed before submission thank god. well: i made a small tool with [[chatgpt|AI_PRODUCT]] help that renames and sorts the microscope files automatically, [[Gianni|PERSON|nickname]] from the other lab now uses it too. i am a bit proud lol

AI: That sounds like a good catch. Do you have concerns about AI in research?

User: yes. reproducibility first. people trust numbers from a model and dont look at images. and the authorship, i do the work but my name is last or not there, now with AI even less visible? also i put my ORCID [[orcid.org/0000-0002-7719-4083|URL]] in a tool to make my CV and it invented two papers i never wrote. scary. and my codice fiscale [[BNDCHR88E52D969K|NATIONAL_ID|codice_fiscale]] was in the same pdf, so who knows

AI: Does AI appear in your life outside the lab?

User: my mother in [[La Spezia|CITY]] asks [[Alexa|AI_PRODUCT|product_like_name]] the weather [[every morning|GENERIC_TIME]] and argues with it lol. my boyfriend [[Matteo|PERSON]] is [[fisherman|JOB_TITLE]] with his father in [[Camogli|CITY]], zero AI, only the sea. i have a cat called Ada (like [[Ada Lovelace|PUBLIC_FIGURE]]) who ignores all technology. i turn [[37|AGE]] in [[August|GENERIC_TIME]], during [[ferragosto|GENERIC_TIME|lowercase]], nobody ever comes to my party haha

AI: Ha, that sounds frustrating! How can we contact you for follow-up?

User: [[c.benedetti88@libero.it|EMAIL_ADDRESS]] is best, or cell [[347 128 5590|PHONE_NUMBER]]. work address is fine for post, [[via Morego 30|ADDRESS|work_address]] hmm no better home, [[Salita Santa Maria della Sanità 12|ADDRESS]], [[Genova|CITY]]. grazie!""")

# 20. Spain - land surveyor on flood reconstruction works, Valencia - speech-to-text
T.append("""AI: Hello, and thanks for joining. Could you tell me about your work?

User: Hello, yes. Um, I'm [[Javier Ortuño Climent|PERSON]], well, [[Javi|PERSON|nickname]]. I am a [[land surveyor|JOB_TITLE]], a topógrafo, I work for [[Tragsa|ORGANIZATION]], the public company, and since [[October|GENERIC_TIME]] we are on the reconstruction after the, the DANA, the floods, in [[Pie Porta|CITY|misheard_name]], sorry, [[Paiporta|CITY]], and [[Catarroja|CITY]], south of [[Valencia|CITY]]. Before I was fifteen years with [[Acciona|ORGANIZATION]] on the, uh, the high speed train lines.

AI: Thanks, [[Javi|PERSON]]. Where does AI come into surveying?

User: A lot more than people think. So, um, we fly drones and we get point clouds, millions of points, and the software classifies automatically, this is ground, this is a car, this is a building, that's AI. We use [[Pix4D|SOFTWARE]] and the [[Trimble|ORGANIZATION]] business center, and then the design in [[AutoCAD Civil 3D|SOFTWARE]]. And, eh, I use [[ChatGPT|AI_PRODUCT]] for the, the technical reports, and for Python scripts, I'm not a programmer but now I'm a bit, ha.

AI: Could you give a specific example from the flood work?

User: Yes. In [[November|GENERIC_TIME]], after the floods, we needed the new terrain of the ravine, the barranco, very fast, to see where the water went. The AI classification put, um, all the cars piled up in the, the channel as ground, as terrain. Hundreds of cars. So the model said the channel was two meters higher than reality. My colleague [[Amparo|PERSON|name_is_word]], she is the [[head of the survey team|JOB_TITLE]], she saw it immediately because she was there walking in the mud. If we trust the AI, [[the engineers|GENERIC_ROLE]] design a wrong bridge.

AI: That's a striking example. What worries do you have about AI in your profession?

User: Um, that [[the young surveyors|GENERIC_ROLE]] don't walk the terrain anymore. They sit and they trust the cloud. I'm [[forty-four|AGE|number_words]], I learned with the total station and the, the prism pole, you know, in the sun. And also the signature: my professional number, the colegiado, is [[four thousand eight hundred twelve|NATIONAL_ID|number_words]], and it's my name on the plan, not the AI's. If something falls, it is me in the court. I studied at the [[UPV|SCHOOL|abbreviation]], the [[Politécnica|SCHOOL|short_name]], finished in [[two thousand four|DATE|number_words]], and they never taught us that.

AI: Does AI come up in your life outside work?

User: My son [[Pau|PERSON|name_is_word]], he is [[twelve|AGE|number_words]], he talks with the [[Alexa|AI_PRODUCT|product_like_name]] in Valencian and she doesn't understand, he gets so angry, ha. My wife, [[Rosa|PERSON|name_is_word]], she's a [[nurse|JOB_TITLE]] at [[La Fe|ORGANIZATION|org_like_word]] hospital, and she saw the floods from the other side, all the people arriving. We lost the car, the ground floor of my parents' house in [[Alfafar|CITY]]. So for me this work is, eh, personal. When the king and [[Pedro Sánchez|PUBLIC_FIGURE]] came, [[the neighbours|GENERIC_ROLE]] threw mud at them, and I understand.

AI: I'm sorry to hear about your family's losses. How can we reach you if we have follow-up questions?

User: Thank you. The phone is, uh, [[six four nine, eighty-two, seventy-one, thirty|OBF_PHONE|spoken_pairs]]. And the email is [[javi ortuño topo at gmail dot com|OBF_EMAIL|spelled_at_dot]], with the, the ñ, no, without ñ, [[ortuno|PERSON|lowercase_name]]. And for the, the form, my DNI is [[four eight three one seven two two six Q|NATIONAL_ID|number_words]].""")

# 21. Ghana - distribution engineer at the water utility, Kumasi - typed chat
T.append("""AI: Hi, thank you for joining. Could you tell me about your job?

User: hello thanks. im [[Kwabena Ofori-Atta|PERSON|name_like_public_figure]] (no relation to the ex minister lol), people call me [[KB|PERSON|initials]]. [[distribution engineer|JOB_TITLE]] with [[Ghana Water Limited|ORGANIZATION]], formerly [[GWCL|ORGANIZATION|abbreviation]], Ashanti production and distribution, based in [[Kumasi|CITY]]. [[KNUST|SCHOOL|abbreviation]] civil eng class of [[2012|DATE]], im [[35|AGE]]

AI: Thanks, [[KB|PERSON]]. Where does AI come into your work?

User: few places. non revenue water is our big headache, like half the water we produce never gets paid for, leaks and illegal connections. we are piloting acoustic leak sensors from a [[Netherlands|COUNTRY]] company, the software uses AI to say where the leak is. GIS in [[ArcGIS|SOFTWARE]]. i use [[ChatGPT|AI_PRODUCT]] and [[Copilot|AI_PRODUCT]] to draft proposals and memos to the [[regional chief manager|JOB_TITLE]], Ing. [[Akosua Boateng|PERSON]], she is very sharp, if its AI fluff she sends it back with red pen

AI: Could you share a specific example?

User: ok so in [[Harmattan|GENERIC_TIME]] season the sensors near [[Ejisu|CITY]] kept flagging leaks every night, we dug 3 holes, nothing. turned out heavy trucks on the highway. my technician [[Blessing|PERSON|name_is_word]] was fed up, he said the machine is a "sakawa boy" lol. but on the [[Barekese|CITY]] trunk main it found a real burst pipe under a road that would have taken us weeks. so mixed results, like everything in [[Ghana|COUNTRY]] haha

AI: What concerns do you have about AI at work?

User: data. the customer billing system has everybody's national ID card numbers now. mine is [[GHA-718204553-6|NATIONAL_ID]] and i saw it printed on a test report that somebody shared on [[WhatsApp|SOFTWARE]]. if they put AI on top of that without proper controls, wahala. also [[the meter readers|GENERIC_ROLE]] fear smart meters will take their jobs, and galamsey is killing the rivers, no AI can clean that. [[Mahama|PUBLIC_FIGURE|surname_only]] promised to stop galamsey, we are waiting

AI: Do you use AI outside work?

User: my wife [[Adwoa|PERSON]] sells fabrics in [[Kejetia|CITY|district]] market, she uses [[ChatGPT|AI_PRODUCT]] to write [[Instagram|SOFTWARE]] captions and its actually working lol. auntie [[Efua|PERSON]] my mother's sister thinks AI is witchcraft. my son [[Kofi|PERSON]] is [[four|AGE|number_words]] and already knows how to open [[YouTube|SOFTWARE]] alone

AI: Thank you, [[KB|PERSON]]. How can we contact you for follow-up?

User: call or [[whatsapp|SOFTWARE|lowercase]] [[024 412 8830|PHONE_NUMBER]], or [[momo|SOFTWARE|lowercase]] same number if theres compensation haha. email [[kb.oforiatta@yahoo.com|EMAIL_ADDRESS]]. ghanapost gps for the house is [[AK-485-9921|ADDRESS|digital_address]], near the [[Santasi|CITY|district]] roundabout. im free on [[Fridays|GENERIC_TIME]] after 4""")

# 22. Pakistan - lineman at an electricity distribution company, Lahore - speech-to-text
T.append("""AI: Assalam-o-alaikum, and thank you for joining. Could you tell me about your work?

User: Walaikum assalam. Ji, my name is [[Muhammad Imran Butt|PERSON|surname_is_word]]. I am [[lineman|JOB_TITLE]], grade two, in [[LESCO|ORGANIZATION|abbreviation]], the [[Lahore Electric Supply Company|ORGANIZATION]]. My sub-division is in [[Shahdara|CITY|district]], [[Lahore|CITY]]. I joined in [[two thousand and three|DATE|number_words]], twenty-one years, uh, on the poles.

AI: Thank you, [[Imran|PERSON]]. Where does AI come into your work?

User: Ha, AI. On the poles, no AI, only me and the, the ladder, [[every summer|GENERIC_TIME]] in the heat. But now, uh, the company put the smart meters, the AMI, in [[Gulberg|CITY|district]] and [[DHA|CITY|district]], and they say computer will catch the theft, the kunda, automatically, so [[the meter readers|GENERIC_ROLE]] are scared. And my son, he installed [[ChatGPT|AI_PRODUCT]] and I talk to it in Urdu, for the, uh, the applications to the [[SDO|JOB_TITLE|abbreviation]] sahib, [[Rana Tariq|PERSON|name_is_title]]. He is very happy, he says, "[[Butt|PERSON|surname_is_word]] sahib, your English is improving", ha ha.

AI: That's great! Could you tell me about a specific time AI made a difference, good or bad?

User: Yes, um, in [[June|GENERIC_TIME]], very hot, forty-eight degrees, the system showed one feeder in [[Raiwind|CITY]] with, uh, high loss, theft. So we went with the, [[the police|GENERIC_ROLE]] and all, and it was not theft, it was a, a faulty transformer. [[The consumers|GENERIC_ROLE]] were very angry, they threw stones. Ustad [[Bashir|PERSON]], [[our senior|GENERIC_ROLE]], he told the [[XEN|JOB_TITLE|abbreviation]] the computer is blind. The computer only sees numbers, it doesn't see the transformer burning.

AI: That sounds frightening. What worries you about AI in your job?

User: Safety, first. In [[two thousand twenty-two|DATE|number_words]] my friend [[Shafiq|PERSON]] died on the line, the, the permit was wrong, somebody energized the line. If now computer gives the permit, who is responsible? And the jobs, they are privatizing, everybody in [[Pakistan|COUNTRY]] is worried. For the new app they took my CNIC, uh, [[three five two zero two, eight eight four one seven three six, five|NATIONAL_ID|number_words]], and my biometric. I am [[forty-seven|AGE|number_words]], where will I go?

AI: Does AI come into your family life?

User: My son [[Hamza|PERSON]], he is [[seventeen|AGE|number_words]], he is in [[Government College University|SCHOOL]], first year, FSc, he is the one who teaches me. My daughter [[Ayesha|PERSON]] uses it for, uh, recipes and, and she makes the pictures for [[Instagram|SOFTWARE]]. My wife doesn't trust. She says [[Imran Khan|PUBLIC_FIGURE]] is on [[TikTok|SOFTWARE]] with AI voice from jail, so now she believes nothing, ha.

AI: Thank you, [[Imran|PERSON]] sahib. How can we contact you if we need to?

User: My number is, uh, [[zero three zero zero, four seven one, two two eight six|OBF_PHONE|spoken_digits]], [[JazzCash|SOFTWARE]] also on the same number. The house, uh, [[street number nine, Faisal Park|ADDRESS|number_words]], [[Shahdara|CITY|district]]. After [[Eid|GENERIC_TIME]] is better, before [[Eid|GENERIC_TIME]] the line faults are too much.""")

# 23. Peru - field hydrology technician monitoring glaciers, Huaraz - typed chat
T.append("""AI: Hola, thanks for joining. Could you tell me about your work?

User: hola buenas! soy [[Yessenia Quispe Mamani|PERSON]], my friends say [[yesse|PERSON|lowercase_nickname]]. i am [[field hydrology technician|JOB_TITLE]] at [[SENAMHI|ORGANIZATION|abbreviation]], the weather and hydrology service of [[Peru|COUNTRY]], office in [[Huaraz|CITY]]. i measure rivers and glaciers in the cordillera blanca. [[29|AGE]] years old, from [[Recuay|CITY]], i studied environmental engineering at [[UNASAM|SCHOOL|abbreviation]], finished [[2018|DATE]]

AI: Thanks, [[Yesse|PERSON]]. What does a typical week look like, and where does AI come in?

User: depends on the season. in [[dry season|GENERIC_TIME]] we go up to the glacier tongues, 4800 m, with GPS and stakes to measure the melt, with [[the porters|GENERIC_ROLE]] and the mules. in [[rainy season|GENERIC_TIME]] more river gauging from the bridges. AI: we use [[Google Earth Engine|SOFTWARE]] with machine learning to map the glacier lakes from satellite, and [[ChatGPT|AI_PRODUCT]] and [[Gemini|AI_PRODUCT]] for code in R. also i started with [[Claude|AI_PRODUCT|product_like_name]] because a french glaciologist recommended it, funny because his name is also [[Claude|PERSON|name_like_product]] lol, Dr [[Claude Perrin|PERSON|name_like_product]] from [[IRD|ORGANIZATION|abbreviation]], he comes [[every July|GENERIC_TIME]] for the campaign

AI: Could you give me an example of when AI helped, or caused problems?

User: helped: [[last year|GENERIC_TIME]] the model detected a new small lake forming above [[Carhuaz|CITY]] that was not in the inventory. my boss ing. [[Walter Huamán|PERSON]], the [[jefe zonal|JOB_TITLE|non_english]], sent us and we confirmed, now it is monitored. problem: the same model "found" lakes that were only cloud shadows. my colleague [[Rubén|PERSON]] almost sent an alert to [[INDECI|ORGANIZATION|abbreviation]] for a shadow. imagine the panic in [[Yungay|CITY]], people there remember the avalanche. my grandmother [[Fortunata|PERSON]] survived [[1970|DATE]] there, she was [[eleven|AGE|number_words]]

AI: That's a powerful reminder of the stakes. What worries you about AI in your work?

User: that decisions about water go to computers far away, in [[Lima|CITY]] or abroad, and [[the comuneros|GENERIC_ROLE]] are never asked. the mine, [[Antamina|ORGANIZATION]], has better sensors and AI than the state lol. and my data, for the field insurance they asked in a [[Google Forms|SOFTWARE]] my DNI [[45821937|NATIONAL_ID|eight_digits]], blood type, emergency contact, everything, and then the link was shared in a [[WhatsApp|SOFTWARE]] group of 200 people. also the glaciers are disappearing, AI can count it but not stop it. [[Dina Boluarte|PUBLIC_FIGURE]] never came to see

AI: Do you use AI outside of work?

User: my mamá speaks quechua and castellano, i tried an AI translator with her and it doesnt know Ancash quechua, only [[Cusco|CITY]] style. my little brother [[Jhon|PERSON|spelling_variant]] is [[sixteen|AGE|number_words]], wants to study at [[UNI|SCHOOL|abbreviation]] in [[Lima|CITY]], he uses [[ChatGPT|AI_PRODUCT]] for everything, i tell him careful. my partner [[Edwin|PERSON]] is [[mountain guide|JOB_TITLE]] with [[Casa de Guías|ORGANIZATION]], he uses AI to answer the tourists from [[France|COUNTRY]] and [[Switzerland|COUNTRY]] in their languages haha

AI: Thank you, [[Yesse|PERSON]]. How can we contact you if we have follow-up questions?

User: [[whatsapp|SOFTWARE|lowercase]] [[987 412 605|PHONE_NUMBER]] but in the field no signal, so maybe email [[yquispe.hidro@gmail.com|EMAIL_ADDRESS]]. [[instagram|SOFTWARE|lowercase]] [[@yesse.glaciar|SOCIAL_HANDLE]] i post photos of the ice. greetings from [[South America|CONTINENT]]!! better [[on Mondays|GENERIC_TIME]] when im in the office""")

# 24. Romania - blast furnace foreman at a steel plant, Galati - speech-to-text
T.append("""AI: Hello, thanks for joining. Could you tell me about your work?

User: Yes, hello. Um, so my name is [[Florin Constantinescu|PERSON]], the, uh, the program will write maybe [[Florian Constantin Escu|PERSON|misheard_name]], ha. I am [[maistru|JOB_TITLE|non_english]], that is like [[foreman|JOB_TITLE]], on the blast furnace number five at [[Liberty Galați|ORGANIZATION|org_like_word]], the steel plant. Before it was [[ArcelorMittal|ORGANIZATION]], before that [[Sidex|ORGANIZATION]]. Same plant, three owners, ha. I am in the plant since [[nineteen ninety-seven|DATE|number_words]], I came after the army.

AI: Thanks, [[Florin|PERSON]]. What does a shift look like, and where does AI come in?

User: So now, honestly, the shift is, uh, small, because the furnace is stopped half the time, the company has money problems, the owner, [[Sanjeev Gupta|PUBLIC_FIGURE]], you know, the news. But before, two years ago, there was a project with a model, machine learning, from [[Primetals|ORGANIZATION]], from [[Austria|COUNTRY]], to predict the hot metal temperature and the silicon. And me, I use [[ChatGPT|AI_PRODUCT]] in Romanian to understand the English manuals and, um, to write my CV. Because, honestly, I am looking.

AI: Could you tell me about a time the model helped or didn't help?

User: One night, uh, the model said temperature will fall, add coke. The old operator, nea [[Costică|PERSON|nickname]], he looked at the color of the slag and he said no, don't add. He has [[sixty-one|AGE|number_words]] years, forty in the plant. He was right, the analyst from the laboratory, [[Mihaela Dumitrescu|PERSON]], she confirmed the silicon was fine. [[The engineers|GENERIC_ROLE]] from [[Austria|COUNTRY]] said the model needs more data. But you cannot give forty years of eyes to a computer, ha.

AI: What worries do you have about AI, or about the plant?

User: The plant closing, first. AI is the small problem. We are on technical unemployment, eighty percent salary, since, um, [[last winter|GENERIC_TIME]]. Two thousand people in [[Galați|CITY]]. The union, [[Solidaritatea|ORGANIZATION]], is protesting in [[Bucharest|CITY]]. And if the plant restarts with a new owner, maybe they put more automation and fewer people. I am [[forty-six|AGE|number_words]], too young for pension, too old for [[the young managers|GENERIC_ROLE]].

AI: Does AI come into your family's life?

User: My son [[Andrei|PERSON]] works in [[Torino|CITY]], in [[Italy|COUNTRY]], at [[Stellantis|ORGANIZATION]], he uses AI for everything, he says, "tata, come to [[Italy|COUNTRY]]". My daughter [[Ioana|PERSON]] is student at the [[Dunărea de Jos University|SCHOOL|school_like_place]], here in [[Galați|CITY]], computer science. My wife [[Mirela|PERSON]] is [[nurse|JOB_TITLE]] at the county hospital, she sees the AI videos on [[Facebook|SOFTWARE]] and believes them, ha, I tell her, [[Mirela|PERSON]], this is not real. At [[Easter|GENERIC_TIME]] we argue about this at the table, the whole family.

AI: Thank you, [[Florin|PERSON]]. How can we get in touch if we have follow-up questions?

User: Phone, uh, [[zero seven four four, three one two, nine zero eight|OBF_PHONE|spoken_digits]]. Email, [[florin c seventy-eight at yahoo dot ro|OBF_EMAIL|spelled_at_dot]]. For the, the voucher, my CNP is [[one seven eight zero three one five, one seven zero zero four two|NATIONAL_ID|number_words]], and address, [[strada Brăilei, bloc B4, apartament 22|ADDRESS]], [[Galați|CITY]]. Not [[on Sundays|GENERIC_TIME]], I go fishing on the Danube.""")

# 25. South Korea - welding team leader at a shipyard subcontractor, Ulsan - typed chat
T.append("""AI: Hello, thank you for joining. Could you tell me about your job?

User: hello. my name is [[Bae Seung-ho|PERSON|surname_first]]. i am [[welder|JOB_TITLE]] in shipyard in [[Ulsan|CITY]], [[Dong-gu|CITY|district]]. officially i work for subcontractor [[Daeyang Engineering|ORGANIZATION]] but every day i am inside [[HD Hyundai Heavy Industries|ORGANIZATION]] yard. i am [[banjang|JOB_TITLE|romanized]], team leader of 11 welders. welding since [[2008|DATE]], i am [[43|AGE]] (korean age [[44|AGE|korean_age]] lol)

AI: Thanks, [[Seung-ho|PERSON]]. What does your work look like, and where does AI come in?

User: now we build LNG carriers, many orders from [[Qatar|COUNTRY]]. welding robots do the flat blocks, simple long lines, humans do the corners and the difficult places inside tanks. half my team is foreign workers from [[Uzbekistan|COUNTRY]], [[Nepal|COUNTRY]], [[Vietnam|COUNTRY]], [[Sri Lanka|COUNTRY]]. so every morning safety briefing i use [[Papago|AI_PRODUCT]] to translate, and [[ChatGPT|AI_PRODUCT]] to make the briefing in 5 languages. company also has [[HyperCLOVA X|AI_PRODUCT]] from [[Naver|ORGANIZATION]] in the office but we dont use. everything we send in [[KakaoTalk|SOFTWARE]] group

AI: Could you give an example where AI translation helped or went wrong?

User: went wrong: i wrote "no hot work near the painting area today", the uzbek translation said something like "no warm job today" haha. [[rustam|PERSON|lowercase_name]] asked me if he can go home lol. [[Rustam|PERSON]] is from [[Samarkand|CITY]], very good [[welder|JOB_TITLE]], [[27|AGE]] years. after that i ask [[Bishnu|PERSON]] from [[Pokhara|CITY]] to check the nepali version every time. another mistake was mine: i put the safety training list in [[ChatGPT|AI_PRODUCT]] to make a table, with names and ARC numbers, like [[950812-5834217|NATIONAL_ID|alien_registration]]. then my [[jikjang|JOB_TITLE|romanized]], Mr [[Jang|PERSON|surname_only]], said this is personal information law problem, delete

AI: What worries do you have about AI and automation at the yard?

User: two. one, robots take the easy work and leave the dangerous work for people, for [[the subcontractor workers|GENERIC_ROLE]]. many deaths in shipyards in [[Korea|COUNTRY]], falling, fire, [[the inspectors|GENERIC_ROLE]] come only after. two, the cameras with AI to check helmet and harness, good for safety but also they use it to check who is resting. my union [[KMWU|ORGANIZATION|abbreviation]], [[Korean Metal Workers' Union|ORGANIZATION]], says this is surveillance. the old chairman [[Chung Ju-yung|PUBLIC_FIGURE]] built this yard with hands, now it is cameras

AI: Does AI come into your family life?

User: my wife [[Ji-eun|PERSON]] is [[radiographer|JOB_TITLE]] at [[Ulsan University Hospital|ORGANIZATION]], AI reads x-ray there now, she says it is good assistant. daughter [[Seo-yeon|PERSON]] is [[16|AGE]], at [[Ulsan Science High School|SCHOOL]], she uses AI for math and i cannot help her anymore lol. son [[Do-yoon|PERSON]] is [[nine|AGE|number_words]], he only wants to watch [[Son Heung-min|PUBLIC_FIGURE]] on [[YouTube|SOFTWARE]]. at [[Chuseok|GENERIC_TIME]] my father asked the AI speaker about the weather in [[Gyeongju|CITY]] and it played music haha

AI: Thank you, [[Seung-ho|PERSON]]. How can we contact you for follow-up?

User: phone [[010-7731-5904|PHONE_NUMBER]], [[kakao|SOFTWARE|lowercase]] id [[seungho_welder81|SOCIAL_HANDLE]], email [[bae.sh81@naver.com|EMAIL_ADDRESS]]. if you need for the gift my resident number is [[810422-1******|NATIONAL_ID|partially_masked]], i dont give the back part lol. address [[Jeonha-ro 45|ADDRESS]], [[Dong-gu|CITY|district]]. after [[6pm|GENERIC_TIME]] ok""")

write_set(T, "set_by")
