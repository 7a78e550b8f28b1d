"""Spanish demo content: the five demo modules of learning/demo_content.py, for families who read
in Spanish.

Written anew in plain, warm Spanish (tú, about an 8th-grade reading level) for Spanish-speaking
families in US programs. It is not a word-for-word translation, but the clinical facts match the
English text. The same notes for editors apply as in demo_content.py (invented composite stories,
person-first words, no promises, crisis numbers filled in by the site).

The structure is the same as the English MODULES, in the same order: module N and lesson M here
are the Spanish version of module N and lesson M there, and every lesson has the same blocks in
the same order (knowledge checks keep the same right answers), so the loader can pair each page
with its translation. Slugs are the English ones, because translated pages share a slug under
the Spanish locale's root. tests/learning/test_demo_content_es.py keeps the two in step.

Sources: where a source has a Spanish page we know, it is cited; otherwise the English page is
kept and its title says "(en inglés)".
"""

# The data below is laid out by hand to keep this long file compact and easy to scan,
# so the formatter is asked to leave it alone.
# fmt: off
MODULES: list[dict] = [
    # ------------------------------------------------------------------
    # Módulo 1: Conceptos básicos sobre la adicción
    # ------------------------------------------------------------------
    {
        "slug": "addiction-basics",
        "title": "Entender la adicción",
        "topic": "addiction-basics",
        "summary": "La adicción es una condición de salud que afecta al cerebro y se puede tratar. No es una falla "
            "moral. Aprende cómo funcionan el tratamiento, la recuperación, las recaídas y los programas IOP.",
        "objectives": [
            "Al terminar, podrás explicar con palabras sencillas por qué la adicción es una condición de salud y "
                "no una falla moral.",
            "Al terminar, podrás nombrar las partes principales del tratamiento, como la terapia y los "
                "medicamentos.",
            "Al terminar, podrás describir la recaída como algo que pasa en muchos caminos de recuperación, y "
                "sabrás cómo responder de forma segura.",
            "Al terminar, podrás explicar qué es un programa ambulatorio intensivo (IOP) y cómo puedes apoyarlo.",
        ],
        "order": 1,
        "lessons": [
            {
                "slug": "what-addiction-is",
                "title": "Qué es la adicción",
                "minutes": 6,
                "body": [
                    ("heading", {"text": "La adicción es una condición de salud", "level": "h2"}),
                    ("paragraph",
                        "<p>Si alguien que quieres está en tratamiento, puede que sientas miedo, enojo o confusión. "
                        "A veces se siente todo a la vez. Esos sentimientos son normales. Un buen punto de partida "
                        "es entender con claridad qué es la adicción, y qué no es.</p>"
                        "<p>La adicción es una condición de salud de larga duración que afecta al cerebro y a la "
                        "conducta. Los médicos la llaman <b>trastorno por consumo de sustancias</b>. Quiere decir "
                        "que la persona sigue tomando alcohol o drogas aunque le cause daños reales. Su salud, su "
                        "trabajo, su dinero o sus relaciones pueden sufrir. Puede que quiera dejarlo. Puede que lo "
                        "intente con todas sus fuerzas. Pero descubre que no puede hacerlo sola.</p>"
                        "<p>La adicción <b>no</b> es una falla moral. No es señal de poca fuerza de voluntad ni de "
                        "mal corazón. Igual que la diabetes o las enfermedades del corazón, es una condición que se "
                        "puede tratar. Muchas personas mejoran.</p>"),
                    ("heading", {"text": "Lo que pasa en el cerebro", "level": "h2"}),
                    ("paragraph",
                        "<p>El alcohol y las drogas actúan sobre el sistema de recompensa del cerebro. Es la parte "
                        "que nos hace sentir bien cuando comemos, nos reímos o pasamos tiempo con quienes queremos. "
                        "Las sustancias inundan ese sistema con señales muy fuertes. Con el tiempo, el cerebro se "
                        "adapta.</p>"
                        "<p>Las investigaciones del Instituto Nacional sobre el Abuso de Drogas (NIDA) muestran que "
                        "el consumo repetido puede cambiar tres áreas clave:</p><ul>"
                        "<li><b>La recompensa.</b> Las alegrías de cada día empiezan a sentirse apagadas. La "
                        "sustancia se vuelve la fuente principal de alivio o de placer.</li>"
                        "<li><b>El estrés.</b> Sin la sustancia, la persona puede sentirse ansiosa, irritable o "
                        "enferma. Consumir se vuelve una forma de dejar de sentirse mal.</li>"
                        "<li><b>El autocontrol.</b> Las partes del cerebro que nos ayudan a planear, a pensar bien "
                        "las decisiones y a frenarnos se debilitan.</li></ul>"
                        "<p>Estos cambios ayudan a entender por qué tu ser querido puede seguir consumiendo, aunque "
                        "vea el daño. No es que no le importe. Su cerebro está jugando en su contra. La parte "
                        "esperanzadora es que el cerebro puede sanar. Muchos de estos cambios pueden mejorar con el "
                        "tiempo y el tratamiento.</p>"),
                    ("heading", {"text": "Por qué a unas personas sí y a otras no", "level": "h2"}),
                    ("paragraph",
                        "<p>La adicción no tiene una sola causa. El riesgo viene de una mezcla de factores:</p><ul>"
                        "<li>Los genes, que son una parte grande del riesgo de cada persona</li>"
                        "<li>El estrés, los traumas o los momentos muy duros de la vida</li>"
                        "<li>Empezar a consumir a una edad temprana, cuando el cerebro todavía se está "
                        "desarrollando</li>"
                        "<li>Condiciones de salud mental, como la depresión, la ansiedad o el trastorno de estrés "
                        "postraumático (TEPT)</li>"
                        "<li>Tener el alcohol o las drogas al alcance de la mano</li></ul>"
                        "<p>Fíjate en lo que falta en esta lista: tú. Las familias no causan la adicción. Tampoco "
                        "pueden controlarla ni curarla. A muchas familias les da alivio una idea sencilla, las "
                        "“tres C”: no la <b>causaste</b>, no la puedes <b>controlar</b> y no la puedes "
                        "<b>curar</b>. Lo que <i>sí</i> puedes hacer es cuidarte y aprender formas de apoyar la "
                        "recuperación.</p>"),
                    ("callout", {
                        "kind": "tip",
                        "title": "Las palabras importan",
                        "body": "<p>Las palabras que usamos influyen en cómo se trata a las personas. Intenta decir "
                            "“una persona con un trastorno por consumo de sustancias” o “tu ser querido”, en vez "
                            "de etiquetas que reducen a alguien a su enfermedad. Di “no está consumiendo” o “está "
                            "en recuperación”. Poner primero a la persona nos recuerda a todos, también a tu ser "
                            "querido, que es mucho más que su enfermedad.</p>",
                    }),
                    ("quote", {
                        "text": "Durante años pensé que mi hijo no nos quería lo suficiente como para dejarlo. "
                            "Aprender sobre el cerebro no lo arregló todo de un día para otro. Pero me ayudó a "
                            "dejar de tomar cada mal día como un mensaje sobre mí.",
                        "attribution": "Un padre, 58 años",
                    }),
                    ("knowledge_check", {
                        "question": "¿Cuál de estas frases describe mejor la adicción?",
                        "options": [
                            {"text": "Una condición de salud que cambia el cerebro y que se puede tratar",
                             "correct": True,
                             "feedback": "Así es. La adicción cambia cómo el cerebro maneja la recompensa, el estrés "
                                 "y el autocontrol. Como otras condiciones de salud de larga duración, se "
                                 "puede tratar, y muchas personas se recuperan."},
                            {"text": "Una señal de que a la persona le falta fuerza de voluntad", "correct": False,
                             "feedback": "Es una idea muy común, así que no eres la única persona que lo ha pensado. "
                                 "Pero las investigaciones muestran que en la adicción hay cambios reales en "
                                 "el cerebro. La fuerza de voluntad casi nunca basta. Por eso ayuda el "
                                 "tratamiento."},
                            {"text": "Algo que causó la familia y que la familia tiene que arreglar", "correct": False,
                             "feedback": "Muchos familiares cargan con esa preocupación. Pero las familias no causan "
                                 "la adicción y no pueden curarla. Sí pueden apoyar la recuperación. La "
                                 "enfermedad de tu ser querido no es culpa tuya."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "Antes de hoy, ¿qué creías sobre por qué consume tu ser querido? ¿Ha cambiado algo "
                            "para ti?",
                        "hint": "No hay respuestas equivocadas. Solo fíjate en lo que has venido cargando.",
                    }),
                    ("key_takeaways", {
                        "items": [
                            "La adicción, o trastorno por consumo de sustancias, es una condición de salud que afecta "
                                "al cerebro y se puede tratar.",
                            "No es una falla moral ni una falta de amor.",
                            "Muchas cosas aumentan el riesgo, como los genes, el estrés y la salud mental.",
                            "No la causaste, no la puedes controlar y no la puedes curar.",
                        ],
                    }),
                ],
            },
            {
                "slug": "how-treatment-works",
                "title": "Cómo funcionan el tratamiento y la recuperación",
                "minutes": 5,
                "body": [
                    ("heading", {"text": "El tratamiento funciona, y hay más de un tipo", "level": "h2"}),
                    ("paragraph",
                        "<p>La adicción se puede tratar. Las investigaciones del NIDA muestran que el tratamiento "
                        "ayuda a muchas personas a dejar de consumir o a consumir menos. También puede mejorar su "
                        "salud y su vida diaria. No hay un solo enfoque que sirva para todos. El mejor plan es el "
                        "que se ajusta a la persona, a la sustancia y a sus otras necesidades de salud.</p>"
                        "<p>La mayoría de los planes de tratamiento combinan algunas de estas partes:</p><ul>"
                        "<li><b>Terapia de conversación.</b> Los consejeros ayudan a tu ser querido a entender qué "
                        "le provoca ganas de consumir, a manejar los antojos y a crear hábitos nuevos. Un tipo "
                        "común es la terapia cognitivo-conductual (TCC). Enseña a notar y cambiar pensamientos y "
                        "acciones que no ayudan.</li>"
                        "<li><b>Medicamentos.</b> Para los trastornos por consumo de opioides y de alcohol hay "
                        "medicamentos de eficacia comprobada que alivian los antojos y la abstinencia.</li>"
                        "<li><b>Atención de salud mental.</b> Muchas personas con un trastorno por consumo de "
                        "sustancias también viven con depresión, ansiedad, traumas u otra condición. Tratar las "
                        "dos cosas a la vez da mejores resultados.</li>"
                        "<li><b>Apoyo de compañeros y de la familia.</b> Los grupos de apoyo, los coaches de "
                        "recuperación y la participación de la familia pueden ayudar.</li></ul>"),
                    ("heading", {"text": "Sobre los medicamentos", "level": "h3"}),
                    ("paragraph",
                        "<p>Algunas familias temen que los medicamentos para la adicción sean “cambiar una droga "
                        "por otra”. Es una preocupación comprensible. Pero no es lo que muestra la ciencia. Para el "
                        "trastorno por consumo de opioides, medicamentos como la buprenorfina, la metadona y la "
                        "naltrexona se toman en una dosis estable y recetada. Calman los antojos para que la "
                        "persona pueda concentrarse en rehacer su vida. También bajan el riesgo de morir por una "
                        "sobredosis. Para el trastorno por consumo de alcohol, también pueden ayudar medicamentos "
                        "como la naltrexona y el acamprosato.</p>"),
                    ("heading", {"text": "Qué significa la recuperación", "level": "h2"}),
                    ("paragraph",
                        "<p>La recuperación es más que dejar una sustancia. SAMHSA es la agencia federal que se "
                        "ocupa de la salud mental y del consumo de sustancias. Describe la recuperación como un "
                        "proceso de cambio. Las personas mejoran su salud, viven la vida que eligen y avanzan hacia "
                        "todo su potencial.</p>"
                        "<p>La recuperación suele crecer en cuatro áreas: la salud, un hogar seguro y estable, un "
                        "propósito en la vida y una comunidad que se preocupa por la persona. Lleva tiempo. Al "
                        "principio puede haber altibajos. El progreso se suele medir en meses y años, no en "
                        "días.</p>"
                        "<p>Tampoco hay un solo camino. Algunas personas toman medicamentos. Otras van a grupos de "
                        "ayuda mutua, como las reuniones de 12 pasos o de SMART Recovery. Otras se apoyan en su fe, "
                        "en la terapia o en la familia. Muchas combinan varias cosas. Lo que más importa es que el "
                        "camino le funcione a tu ser querido.</p>"),
                    ("callout", {
                        "kind": "tip",
                        "title": "El tratamiento no es cosa de una sola vez",
                        "body": "<p>Piensa en el tratamiento como el cuidado del asma o de la presión alta. A menudo "
                            "empieza fuerte. Luego pasa a controles regulares a lo largo del tiempo. Necesitar "
                            "más atención más adelante no es un fracaso. Es parte de manejar una condición de "
                            "largo plazo.</p>",
                    }),
                    ("quote", {
                        "text": "Yo le preguntaba una y otra vez a la consejera cuándo iba a estar curada mi hija. "
                            "Ella me dijo: “Busquemos que esté mejor, no curada”. Esa sola frase cambió mi forma "
                            "de medir el progreso.",
                        "attribution": "Una madre, 47 años",
                    }),
                    ("knowledge_check", {
                        "question": "El médico de tu ser querido le sugiere un medicamento para el trastorno por "
                            "consumo de opioides. ¿Qué dicen las investigaciones?",
                        "options": [
                            {"text": "Es solo cambiar una adicción por otra", "correct": False,
                             "feedback": "Esta preocupación es muy frecuente, y se entiende. Pero estos medicamentos "
                                 "se toman en dosis estables y recetadas. Alivian los antojos y bajan el "
                                 "riesgo de morir por sobredosis. Son una parte comprobada del tratamiento."},
                            {"text": "Es un tratamiento comprobado que puede bajar el riesgo de morir por sobredosis",
                             "correct": True,
                             "feedback": "Correcto. Medicamentos como la buprenorfina y la metadona tienen el respaldo "
                                 "de investigaciones sólidas. Ayudan a muchas personas a seguir en "
                                 "tratamiento y a seguir con vida."},
                            {"text": "Los medicamentos solo deben usarse como último recurso", "correct": False,
                             "feedback": "Mucha gente lo cree. En realidad, los medicamentos suelen funcionar mejor "
                                 "desde el principio, como parte de un plan completo con consejería y apoyo. "
                                 "No hace falta esperar a haber probado todo lo demás."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "¿Cómo sería “estar mejor” para tu ser querido en los próximos meses? ¿Y cómo sería "
                            "para ti?",
                        "hint": "Piensa en cosas pequeñas y reales: una cena más tranquila, una charla sincera, una "
                            "buena noche de sueño.",
                    }),
                    ("key_takeaways", {
                        "items": [
                            "La adicción se puede tratar, y cada plan se adapta a la persona.",
                            "La terapia, los medicamentos, la atención de salud mental y el apoyo suelen funcionar "
                                "juntos.",
                            "Los medicamentos para los trastornos por consumo de opioides y de alcohol son "
                                "herramientas comprobadas, no un cambio de una droga por otra.",
                            "La recuperación es un proceso que lleva tiempo, y hay muchos caminos.",
                        ],
                    }),
                ],
            },
            {
                "slug": "relapse-and-recovery",
                "title": "La recaída es parte de muchas historias de recuperación",
                "minutes": 5,
                "body": [
                    ("heading", {"text": "Qué significa una recaída", "level": "h2"}),
                    ("paragraph",
                        "<p>Una recaída es volver a consumir después de un tiempo sin hacerlo. A un desliz corto a "
                        "veces se le llama “tropiezo”. Una recaída suele significar volver al patrón de antes.</p>"
                        "<p>Las recaídas son comunes. El NIDA calcula que entre 40 y 60 de cada 100 personas "
                        "tratadas por un trastorno por consumo de sustancias recaen en algún momento. Es parecido "
                        "a lo que pasa con otras condiciones de largo plazo, como la presión alta y el asma. Con "
                        "esas enfermedades también pasa que las personas a veces se alejan de su plan de "
                        "tratamiento y los síntomas vuelven.</p>"
                        "<p>Esto no quiere decir que una recaída no tenga importancia. Tampoco quiere decir que le "
                        "vaya a pasar a todo el mundo. Quiere decir que una recaída es una señal, no una sentencia "
                        "final. Puede mostrar que el plan de tratamiento necesita cambiar, volver a empezar o "
                        "reforzarse.</p>"),
                    ("heading", {"text": "Señales de alerta", "level": "h2"}),
                    ("paragraph",
                        "<p>La recaída muchas veces empieza antes de que la persona vuelva a consumir. Puede que "
                        "notes:</p><ul>"
                        "<li>Que falta a la terapia, a los grupos o a las citas</li>"
                        "<li>Que vuelve a pasar tiempo con personas o en lugares ligados al consumo</li>"
                        "<li>Más estrés o enojo, o que se aleja de la familia</li>"
                        "<li>Cambios en el sueño, en la forma de comer o en el ánimo</li>"
                        "<li>Que habla del consumo con nostalgia, o dice que “ahora sí lo puede manejar”</li></ul>"
                        "<p>Fijarte en estas señales no es espiar ni tratar de atrapar a tu ser querido. Te da la "
                        "oportunidad de preguntarle con cariño cómo está, y de cuidarte tú también.</p>"),
                    ("callout", {
                        "kind": "warning",
                        "title": "Después de una pausa, el riesgo de sobredosis es mayor",
                        "body": "<p>Después de un tiempo sin consumir, el cuerpo pierde parte de su tolerancia. Si "
                            "la persona vuelve a la cantidad de antes, el riesgo de sobredosis es mucho mayor. "
                            "Esto es así sobre todo con opioides como el fentanilo. Ten naloxona (Narcan) en casa "
                            "y aprende a usarla. En Estados Unidos se puede comprar en la farmacia sin receta. Si "
                            "ves señales de sobredosis, llama al <b>911</b> de inmediato.</p>",
                    }),
                    ("heading", {"text": "Si hay una recaída", "level": "h2"}),
                    ("paragraph",
                        "<p>Tu primera reacción puede ser miedo, enojo o tristeza profunda. Todos esos sentimientos "
                        "tienen sentido. Intenta respirar hondo antes de responder. Algunos pasos que suelen "
                        "ayudar:</p><ol>"
                        "<li>Piensa primero en la seguridad. ¿Hay alguien en peligro en este momento?</li>"
                        "<li>Mantén la calma lo mejor que puedas. La vergüenza suele alejar a las personas de la "
                        "ayuda.</li>"
                        "<li>Anima a tu ser querido a comunicarse pronto con su equipo de tratamiento.</li>"
                        "<li>Mantén los límites que pusiste, con cariño.</li>"
                        "<li>Busca también apoyo para ti.</li></ol>"),
                    ("quote", {
                        "text": "La primera recaída se sintió como el fin del mundo. La siguiente vez, en lugar de "
                            "gritar, llamé a su consejera. No sé qué pasará después. Pero aprendí que un "
                            "tropiezo no borra todo lo que ella ha aprendido.",
                        "attribution": "Una pareja, 41 años",
                    }),
                    ("callout", {
                        "kind": "try_at_home",
                        "title": "Haz un plan con tiempo",
                        "body": "<p>Los momentos de calma son los mejores para prepararse para los difíciles. "
                            "Piensa en anotar:</p><ul><li>El número de teléfono del programa de tratamiento</li>"
                            "<li>Dónde guardas la naloxona</li><li>A quién vas a llamar para pedir apoyo para "
                            "ti</li>"
                            "<li>Una o dos cosas que quieres decir, y cosas que vas a intentar no decir</li></ul>",
                    }),
                    ("knowledge_check", {
                        "question": "A tu ser querido le ha ido bien en el tratamiento durante dos meses. Luego vuelve "
                            "a consumir. ¿Cuál es la forma más útil de verlo?",
                        "options": [
                            {"text": "El tratamiento fracasó, así que no tiene sentido seguir", "correct": False,
                             "feedback": "Es natural sentirse devastado. Pero las recaídas son comunes en muchos "
                                 "caminos de recuperación. Suelen significar que hay que ajustar el plan, no "
                                 "que se perdió todo lo avanzado."},
                            {"text": "Una señal para volver a hablar con el equipo de tratamiento y ajustar el plan",
                             "correct": True,
                             "feedback": "Así es. Una recaída indica que puede hacer falta más apoyo, o un apoyo "
                                 "distinto. Primero va la seguridad. Después, volver a conectar con la "
                                 "atención."},
                            {"text": "La prueba de que tu ser querido nunca quiso mejorar", "correct": False,
                             "feedback": "Es un pensamiento que puede aparecer cuando estás dolido. Pero la recaída es "
                                 "parte de una condición de salud. No mide cuánto le importa a alguien. "
                                 "Muchas personas recaen aunque de verdad quieren recuperarse."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "Si hubiera una recaída, ¿qué te gustaría recordar en ese momento?",
                        "hint": "Puedes escribirte una frase para tu yo del futuro.",
                    }),
                    ("key_takeaways", {
                        "items": [
                            "Las recaídas son comunes y pueden ser parte de muchos caminos de recuperación.",
                            "Una recaída es una señal para ajustar el tratamiento, no la prueba de un fracaso.",
                            "Después de una pausa en el consumo, el riesgo de sobredosis es mayor. Ten naloxona a "
                                "mano.",
                            "Planear con tiempo te ayuda a responder con calma y cariño.",
                        ],
                    }),
                ],
            },
            {
                "slug": "iop-basics",
                "title": "Cómo funcionan los programas ambulatorios intensivos",
                "minutes": 5,
                "body": [
                    ("heading", {"text": "Qué es un IOP", "level": "h2"}),
                    ("paragraph",
                        "<p>IOP son las siglas en inglés de <b>programa ambulatorio intensivo</b>. En un IOP, tu "
                        "ser querido vive en casa pero va a tratamiento varios días por semana. Los programas "
                        "suelen reunirse de tres a cinco días por semana, unas tres horas cada vez. Muchos tienen "
                        "sesiones de día o de noche, para que las personas puedan seguir trabajando o "
                        "estudiando.</p>"
                        "<p>Un IOP tiene más estructura que una visita semanal a terapia. Pero es menos intenso que "
                        "vivir en un centro de tratamiento. Algunas personas empiezan en un IOP. Otras pasan a un "
                        "IOP después de estar en el hospital o en un programa residencial. Más adelante, muchas "
                        "pasan a la atención ambulatoria habitual.</p>"),
                    ("heading", {"text": "Qué pasa en un IOP", "level": "h2"}),
                    ("paragraph",
                        "<ul><li><b>Terapia de grupo.</b> Suele ser el corazón del IOP. Las personas aprenden "
                        "habilidades y se apoyan entre sí.</li>"
                        "<li><b>Consejería individual.</b> Tiempo a solas con un consejero o terapeuta.</li>"
                        "<li><b>Atención con medicamentos.</b> Algunos programas recetan o controlan medicamentos, "
                        "o conectan a las personas con un médico que lo hace.</li>"
                        "<li><b>Pruebas de drogas o de alcohol.</b> Muchos programas usan las pruebas como una "
                        "herramienta de honestidad y apoyo, no de castigo.</li>"
                        "<li><b>Sesiones o clases para familias.</b> Muchos programas invitan a las familias a "
                        "aprender y participar.</li>"
                        "<li><b>Planear lo que viene.</b> Incluye la prevención de recaídas y un plan para cuando "
                        "termine el IOP.</li></ul>"),
                    ("heading", {"text": "Privacidad: lo que el personal puede y no puede decirte", "level": "h2"}),
                    ("paragraph",
                        "<p>Puede que te sorprenda que el personal no te dé detalles sobre tu ser querido. Las "
                        "leyes federales de privacidad protegen mucho los registros del tratamiento por consumo "
                        "de sustancias. En la mayoría de los casos, el personal solo puede compartir información "
                        "si tu ser querido firma una autorización por escrito.</p>"
                        "<p>Esto puede dar mucha frustración. Pero la privacidad ayuda a que las personas se "
                        "sientan lo bastante seguras para ser sinceras en el tratamiento. Tú sí puedes "
                        "<i>contarle</i> al equipo lo que has visto. El personal puede escucharte aunque no pueda "
                        "responderte. También puedes preguntarle a tu ser querido si está dispuesto a firmar una "
                        "autorización.</p>"),
                    ("callout", {
                        "kind": "tip",
                        "title": "Preguntas que puedes hacerle al programa",
                        "body": "<p>Estas preguntas pueden ayudarte a entender cómo participar:</p><ul>"
                            "<li>¿Tienen sesiones o clases para familias?</li>"
                            "<li>¿Cómo puedo contarle mis preocupaciones al equipo?</li>"
                            "<li>¿Qué hago si me preocupa la seguridad de noche o el fin de semana?</li>"
                            "<li>¿Ofrecen tratamiento con medicamentos, o envían a las personas a otro lugar para "
                            "recibirlo?</li></ul>",
                    }),
                    ("heading", {"text": "Tu papel durante el IOP", "level": "h2"}),
                    ("paragraph",
                        "<p>Es tu ser querido quien hace el trabajo del tratamiento. Tu tarea no es ser su "
                        "consejero ni su vigilante. En cambio, puedes:</p><ul>"
                        "<li>Mostrar interés por lo que está aprendiendo, sin hacerle un examen</li>"
                        "<li>Ayudar con cosas prácticas, como llevarle en el carro, si puedes y quieres</li>"
                        "<li>Notar su esfuerzo y agradecérselo</li>"
                        "<li>Ir a las sesiones para familias, si las ofrecen</li>"
                        "<li>Buscar tu propio apoyo, porque esto también es duro para ti</li></ul>"),
                    ("quote", {
                        "text": "Yo quería un informe después de cada sesión. Lo que ayudó más fue preguntarle: "
                            "“¿Qué es una cosa que se te quedó hoy?”. Algunos días me contaba mucho. Otros días "
                            "no. Las dos cosas estaban bien.",
                        "attribution": "Una madre, 55 años",
                    }),
                    ("knowledge_check", {
                        "question": "El personal del IOP no te dice si tu ser querido fue al grupo esta semana. ¿Por "
                            "qué puede ser?",
                        "options": [
                            {"text": "Las leyes de privacidad protegen los registros del tratamiento, así que el "
                                 "personal suele necesitar el permiso por escrito de tu ser querido", "correct": True,
                             "feedback": "Correcto. Estas leyes ayudan a que las personas se sientan seguras en el "
                                 "tratamiento. Aun así, puedes contarle tus preocupaciones al personal y "
                                 "preguntarle a tu ser querido si firmaría una autorización."},
                            {"text": "Al personal no le importan las familias", "correct": False,
                             "feedback": "Puede sentirse así, y eso duele. Pero la mayoría de los programas valoran "
                                 "a las familias. El silencio suele deberse a la ley, no a ti."},
                            {"text": "Hiciste algo mal", "correct": False,
                             "feedback": "No hiciste nada mal. Es una regla habitual que se aplica a todas las "
                                 "familias. No es un juicio sobre ti."},
                        ],
                    }),
                    ("paragraph",
                        "<p>El tratamiento puede ser una época de grandes cambios. Si tu ser querido habla de "
                        "suicidio, o te preocupa su salud mental, llama o envía un mensaje de texto al <b>988</b>. "
                        "Si alguien está en peligro inmediato o no respira, llama al <b>911</b>. Para recibir "
                        "referencias de tratamiento gratis y confidenciales a cualquier hora, llama a la Línea "
                        "Nacional de Ayuda de SAMHSA al <b>1-800-662-4357</b> (también atienden en español).</p>"),
                    ("crisis_resources", {"intro": "Si tú o tu ser querido están en peligro ahora mismo, pide ayuda:"}),
                    ("key_takeaways", {
                        "items": [
                            "Un IOP es un tratamiento con estructura varios días por semana, mientras tu ser querido "
                                "vive en casa.",
                            "La terapia de grupo, la consejería y planear lo que viene son partes centrales del IOP.",
                            "Por las leyes de privacidad, el personal suele necesitar un permiso por escrito para "
                                "compartir detalles.",
                            "Tu papel es apoyar, no vigilar, y cuidarte tú también.",
                        ],
                    }),
                    ("sources", {
                        "items": [
                            {"title": "Las drogas, el cerebro y el comportamiento: la ciencia de la adicción "
                                 "(en inglés)", "publisher": "NIDA",
                             "url": "https://nida.nih.gov/publications/drugs-brains-behavior-science-addiction"},
                            {"title": "Tratamiento (en inglés)", "publisher": "NIDA",
                             "url": "https://nida.nih.gov/research-topics/treatment"},
                            {"title": "Línea Nacional de Ayuda de SAMHSA (página en inglés; la línea atiende en "
                                 "español)", "publisher": "SAMHSA",
                             "url": "https://www.samhsa.gov/find-help/helplines/national-helpline"},
                            {"title": "FindTreatment.gov, buscador de tratamiento", "publisher": "SAMHSA",
                             "url": "https://findtreatment.gov/"},
                            {"title": "Navegador de tratamiento del alcohol (en inglés)", "publisher": "NIAAA",
                             "url": "https://alcoholtreatment.niaaa.nih.gov/"},
                            {"title": "988 Línea de Prevención del Suicidio y Crisis",
                             "publisher": "988 Suicide & Crisis Lifeline",
                             "url": "https://988lifeline.org/es/inicio/"},
                        ],
                    }),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # Módulo 2: Codependencia
    # ------------------------------------------------------------------
    {
        "slug": "codependency",
        "title": "Codependencia: cuidar sin perderte a ti",
        "topic": "codependency",
        "summary": "Aprende cómo puede verse la codependencia en las familias que viven con la adicción o con una "
            "enfermedad mental, y cómo cuidar a tu ser querido sin perderte a ti.",
        "objectives": [
            "Al terminar, podrás describir con palabras sencillas señales comunes de la codependencia.",
            "Al terminar, podrás notar en qué has dejado de lado tus propias necesidades.",
            "Al terminar, podrás distinguir entre cuidar y sobreproteger.",
            "Al terminar, podrás nombrar un paso pequeño para volver a conectar contigo.",
        ],
        "order": 2,
        "lessons": [
            {
                "slug": "what-codependency-looks-like",
                "title": "Cómo se ve la codependencia",
                "minutes": 5,
                "body": [
                    ("heading", {"text": "Una palabra con muchos significados", "level": "h2"}),
                    ("paragraph",
                        "<p>Quizá has oído la palabra “codependencia” y te has preguntado si tiene que ver contigo. "
                        "No es un diagnóstico médico. Es una forma común de describir un patrón que puede crecer "
                        "en las familias que viven con la adicción o con una enfermedad mental.</p>"
                        "<p>Dicho de forma sencilla, hay codependencia cuando tu calma, tu valor o tu seguridad "
                        "dependen mucho de otra persona. Casi toda tu energía se va en manejar su ánimo, sus "
                        "decisiones o sus problemas. Con el tiempo, tus propias necesidades quedan a un lado.</p>"
                        "<p>Este patrón suele nacer del amor y del miedo. Cuando alguien que quieres está en "
                        "peligro, es lógico que intentes sostenerlo todo. La codependencia no es un defecto de "
                        "tu carácter. Es una forma de afrontar las cosas que quizá te ayudó a pasar un momento "
                        "difícil. La pregunta ahora es si todavía te sirve.</p>"),
                    ("heading", {"text": "Señales comunes", "level": "h2"}),
                    ("paragraph",
                        "<p>Mira si alguna de estas te resulta conocida:</p><ul>"
                        "<li>Tu ánimo sube y baja según cómo le va el día a tu ser querido</li>"
                        "<li>Te cuesta muchísimo decir que no, aunque estés agotado</li>"
                        "<li>Cubres a tu ser querido, le inventas excusas o guardas secretos</li>"
                        "<li>Sientes que te toca a ti arreglar sus problemas</li>"
                        "<li>Revisas a menudo sus cosas, como su teléfono, su carro o su cuenta del banco</li>"
                        "<li>Sientes ansiedad o culpa cuando haces algo solo para ti</li>"
                        "<li>Has perdido el contacto con tus amistades, tus pasatiempos o tus propias metas</li>"
                        "<li>Sientes resentimiento, pero sigues haciendo cada vez más</li></ul>"
                        "<p>La mayoría de los familiares se reconocen en algunas. Está bien. Darte cuenta es el "
                        "primer paso. No hace falta que te juzgues por ello.</p>"),
                    ("callout", {
                        "kind": "tip",
                        "title": "No se trata de querer demasiado",
                        "body": "<p>Querer mucho y querer ayudar son cosas buenas. La codependencia no es querer "
                            "demasiado. Es querer de una forma que te deja vacío. Muchas veces, tampoco ayuda a tu "
                            "ser querido.</p>",
                    }),
                    ("quote", {
                        "text": "Me sabía su horario mejor que el mío. Por cómo cerraba la puerta del carro, ya sabía "
                            "qué tipo de noche nos esperaba. Un día una amiga me preguntó qué me gustaba hacer "
                            "para divertirme, y no supe qué contestar.",
                        "attribution": "Una esposa, 49 años",
                    }),
                    ("heading", {"text": "Por qué importa", "level": "h3"}),
                    ("paragraph",
                        "<p>Vivir así mucho tiempo te desgasta. Puede llevar a estrés, ansiedad, depresión y "
                        "problemas de salud. También puede complicarle las cosas a tu ser querido. Cuando la "
                        "familia se encarga de cada problema, la persona en tratamiento tiene menos oportunidades "
                        "de desarrollar sus propias habilidades. Encontrar un nuevo equilibrio puede ayudarles a "
                        "los dos.</p>"),
                    ("knowledge_check", {
                        "question": "¿Cuál de estas frases describe mejor la codependencia?",
                        "options": [
                            {"text": "Un patrón en el que tu bienestar depende mucho de manejar a otra persona",
                             "correct": True,
                             "feedback": "Así es. Es un patrón, no un diagnóstico. Suele nacer del amor y del miedo "
                                 "en tiempos difíciles."},
                            {"text": "Una enfermedad mental que solo afecta a las personas débiles", "correct": False,
                             "feedback": "La codependencia no es un diagnóstico formal, y no tiene nada que ver con "
                                 "la debilidad. Muchas personas fuertes y cariñosas desarrollan estos "
                                 "patrones después de mucho tiempo de estrés."},
                            {"text": "Preocuparte por tu ser querido, sea como sea", "correct": False,
                             "feedback": "Preocuparte por alguien es sano y bueno. La codependencia es querer de una "
                                 "forma que te cuesta a ti mismo. Puedes seguir queriendo y, a la vez, "
                                 "buscar más equilibrio."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "¿Qué señales de la lista te resultaron más conocidas? ¿Cuándo empezaste a notarlas?",
                        "hint": "Trátate con la misma amabilidad con la que tratarías a un amigo.",
                    }),
                    ("key_takeaways", {
                        "items": [
                            "La codependencia es un patrón, no un diagnóstico ni un defecto de carácter.",
                            "Suele nacer del amor y del miedo en tiempos difíciles.",
                            "Algunas señales comunes: te cuesta decir que no, encubres y pierdes tus propios "
                                "intereses.",
                            "Darte cuenta del patrón es el primer paso para cambiarlo.",
                        ],
                    }),
                ],
            },
            {
                "slug": "losing-yourself",
                "title": "Perderte a ti, y encontrar el camino de vuelta",
                "minutes": 5,
                "body": [
                    ("heading", {"text": "Cómo pasa, poco a poco", "level": "h2"}),
                    ("paragraph",
                        "<p>Nadie decide perderse a sí mismo. Pasa despacio. Al principio, te quedas en casa una "
                        "noche porque estás preocupado. Luego faltas a una clase, a una cena con amigos o a una "
                        "cita con el médico. Empiezas a dormir con el volumen del teléfono alto. Sin darte cuenta, "
                        "toda tu vida gira en torno a la enfermedad de tu ser querido.</p>"
                        "<p>Muchos familiares dicen que viven “en alerta”. Siempre estás pendiente de cualquier "
                        "señal de problemas. Vigilar así todo el tiempo agota. Tu cuerpo se queda en modo de "
                        "estrés, incluso en los días tranquilos.</p>"),
                    ("heading", {"text": "Lo que se pierde", "level": "h2"}),
                    ("paragraph",
                        "<p>Mira con cariño las partes de tu vida que quizá se han ido apagando:</p><ul>"
                        "<li><b>Tu salud.</b> Chequeos pendientes, mal sueño, comidas que te saltas.</li>"
                        "<li><b>Tus amistades.</b> Te alejas porque cuesta explicar lo que pasa, o por "
                        "vergüenza.</li><li><b>Tus alegrías.</b> Pasatiempos, música, fe, tiempo al aire "
                        "libre.</li>"
                        "<li><b>Tus otras relaciones.</b> Tu pareja, tus otros hijos o tus padres, que reciben "
                        "menos de ti.</li><li><b>Tu voz.</b> No dices lo que necesitas, para evitar una "
                        "pelea.</li></ul>"),
                    ("callout", {
                        "kind": "warning",
                        "title": "Cuando el estrés es demasiado",
                        "body": "<p>Fíjate si tienes señales de depresión. Por ejemplo, sentirte sin esperanza, "
                            "perder el interés por todo o tener pensamientos de hacerte daño. Si las notas, por "
                            "favor pide ayuda. Puedes llamar o enviar un mensaje de texto al <b>988</b> a "
                            "cualquier hora. También es para ti, no solo para tu ser querido. Tu médico o un "
                            "terapeuta también pueden ayudarte.</p>",
                    }),
                    ("heading", {"text": "El camino de vuelta", "level": "h2"}),
                    ("paragraph",
                        "<p>Recuperarte a ti no significa querer menos a tu ser querido. Significa volver a "
                        "incluirte en el cuadro. Empieza por algo pequeño. Los cambios grandes cuestan mantenerlos. "
                        "Los pequeños se van sumando.</p><ul>"
                        "<li>Dedica 15 minutos al día a algo que sea solo para ti</li>"
                        "<li>Escríbele a un amigo o una amiga con quien perdiste el contacto</li>"
                        "<li>Pide esa cita médica que vienes posponiendo</li>"
                        "<li>Ponle nombre a un sentimiento cada día, sin juzgarlo</li>"
                        "<li>Prueba un grupo de apoyo para familias, donde te entienden</li></ul>"
                        "<p>Al principio puede parecerte egoísta o hasta incorrecto. Es una sensación común, y "
                        "suele pasar. Tu vida importa por sí misma, no solo como apoyo de otra persona.</p>"),
                    ("quote", {
                        "text": "La primera vez que volví a mi clase de cerámica, miré el teléfono todo el rato. A la "
                            "tercera semana hice un tazón torcido y me reí a carcajadas. Fue como reencontrarme "
                            "con una vieja amiga. Esa vieja amiga era yo.",
                        "attribution": "Una madre, 61 años",
                    }),
                    ("callout", {
                        "kind": "try_at_home",
                        "title": "Tu lista “solo para mí”",
                        "body": "<p>Escribe cinco cosas que antes disfrutabas, o que siempre quisiste probar. Elige "
                            "la más fácil. Apúntala en tu calendario esta semana, aunque sea por 15 minutos.</p>",
                    }),
                    ("knowledge_check", {
                        "question": "Te sientes culpable por tomarte una noche libre para ver a una amiga mientras tu "
                            "ser querido está en el IOP. ¿Cuál es una forma útil de verlo?",
                        "options": [
                            {"text": "El tiempo para ti te ayuda a mantenerte firme a largo plazo", "correct": True,
                             "feedback": "Así es. La recuperación suele llevar mucho tiempo. Descansar y estar con "
                                 "otras personas te ayuda a mantenerte sano y presente."},
                            {"text": "Un buen familiar nunca se toma un descanso", "correct": False,
                             "feedback": "Mucha gente se siente así, sobre todo en una crisis. Pero nadie puede dar "
                                 "sin descanso. Los descansos son parte de cuidar bien, no una señal de que "
                                 "te importa menos."},
                            {"text": "La recuperación de tu ser querido depende de que estés ahí en todo momento",
                             "correct": False,
                             "feedback": "Es natural querer estar ahí. Pero la recuperación es trabajo de tu ser "
                                 "querido, con la ayuda de su equipo. Lo que le mantiene bien no es que tú "
                                 "estés presente todo el tiempo."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "¿Qué parte de ti es la que más extrañas? ¿Qué paso pequeño podría traer un poco de "
                            "ella de vuelta?",
                        "hint": "Hasta un paso muy chiquito cuenta, como poner una canción que te encanta.",
                    }),
                    ("key_takeaways", {
                        "items": [
                            "Perderse a uno mismo suele pasar despacio, por pequeñas decisiones tomadas por amor.",
                            "Vivir siempre en alerta desgasta el cuerpo y la mente.",
                            "Recuperarte significa volver a incluirte en el cuadro, no querer menos.",
                            "Los pasos pequeños y constantes funcionan mejor que los cambios grandes.",
                        ],
                    }),
                ],
            },
            {
                "slug": "caretaking-vs-caring",
                "title": "Sobreproteger o cuidar",
                "minutes": 5,
                "body": [
                    ("heading", {"text": "Dos formas de ayudar", "level": "h2"}),
                    ("paragraph",
                        "<p>Desde fuera, cuidar y sobreproteger pueden parecerse. Las dos cosas nacen del amor. "
                        "Pero se sienten distinto y tienen efectos distintos.</p>"
                        "<p><b>Cuidar</b> es apoyar a tu ser querido y confiar en que puede manejar su propia vida. "
                        "Le ofreces una ayuda que lo fortalece. Respetas sus decisiones, aunque no estés de "
                        "acuerdo.</p>"
                        "<p><b>Sobreproteger</b> es tomar el control. Haces por tu ser querido cosas que puede "
                        "hacer por sí mismo. Intentas arreglar, rescatar o controlar. Muchas veces es porque te da "
                        "miedo lo que pueda pasar si no lo haces.</p>"),
                    ("heading", {"text": "Lado a lado", "level": "h2"}),
                    ("paragraph",
                        "<ul>"
                        "<li><b>Sobreproteger:</b> Llamar a su jefe para explicar por qué faltó al trabajo. "
                        "<b>Cuidar:</b> Dejar que haga esa llamada, y estar ahí para hablar después.</li>"
                        "<li><b>Sobreproteger:</b> Leer sus mensajes para ver con quién ha hablado. "
                        "<b>Cuidar:</b> Decirle con sinceridad que estás preocupado, y escuchar su "
                        "respuesta.</li>"
                        "<li><b>Sobreproteger:</b> Pagar una deuda para que no se disguste. <b>Cuidar:</b> "
                        "Ayudarle a encontrar un asesor financiero, si lo quiere.</li>"
                        "<li><b>Sobreproteger:</b> Recordarle cada cita, todos los días. <b>Cuidar:</b> "
                        "Preguntarle cómo quiere organizarse, y confiar en su plan.</li>"
                        "<li><b>Sobreproteger:</b> Decir que sí cuando quieres decir que no. <b>Cuidar:</b> "
                        "Decir que no con cariño, y seguir cerca.</li></ul>"
                        "<p>Una pregunta útil que puedes hacerte es: <i>“¿Hago esto para ayudarle a crecer, o "
                        "para calmar mi propio miedo?”</i>. Ninguna de las dos respuestas es motivo de vergüenza. "
                        "El miedo es natural. Pero saber la respuesta te ayuda a elegir.</p>"),
                    ("heading", {"text": "Soltar con amor", "level": "h2"}),
                    ("paragraph",
                        "<p>En muchos grupos de familias se habla de “soltar con amor” o “desprenderse con amor”. "
                        "No significa irte ni volverte frío. Significa separar tu bienestar de las decisiones de "
                        "tu ser querido. Lo sigues queriendo. Dejas de intentar controlar lo que no puedes "
                        "controlar.</p>"
                        "<p>Soltar con amor puede sonar así: <i>“Te quiero, y creo que puedes manejar esto”</i>. "
                        "O así: <i>“No voy a discutir por esto. Aquí estoy cuando quieras hablar”</i>.</p>"),
                    ("callout", {
                        "kind": "tip",
                        "title": "Empieza por una sola cosa",
                        "body": "<p>No tienes que cambiarlo todo de golpe. Elige un hábito de sobreprotección para "
                            "cambiar esta semana. Que sea algo de poco riesgo. Fíjate en cómo te sientes tú y en "
                            "cómo responde tu ser querido.</p>",
                    }),
                    ("quote", {
                        "text": "Yo despertaba a mi hija para ir al trabajo todas las mañanas. Siempre terminábamos "
                            "peleando. Cuando dejé de hacerlo, llegó tarde dos veces. Luego se compró un "
                            "despertador. Parece poca cosa, pero era suyo.",
                        "attribution": "Un padre, 54 años",
                    }),
                    ("callout", {
                        "kind": "warning",
                        "title": "Primero, la seguridad",
                        "body": "<p>Dejar de sobreproteger nunca significa ignorar un peligro. Actúa de inmediato "
                            "si tu ser querido podría tener una sobredosis, si está pensando en el suicidio o si "
                            "alguien corre riesgo de salir herido. En una emergencia, llama al <b>911</b>. Si hay "
                            "una crisis de salud mental o de suicidio, llama o envía un mensaje de texto al "
                            "<b>988</b>.</p>",
                    }),
                    ("knowledge_check", {
                        "question": "Tu hijo adulto faltó a una sesión de grupo. Tiene que llamar al programa para "
                            "cambiar la cita. ¿Qué respuesta se parece más a cuidar que a sobreproteger?",
                        "options": [
                            {"text": "Preguntarle qué le ayudaría a acordarse, y dejar que él haga la llamada",
                             "correct": True,
                             "feedback": "Así es. Le muestras que confías en que puede manejar su propio cuidado, y "
                                 "sigues ahí para apoyarlo."},
                            {"text": "Llamar tú al programa y cambiar la cita por él", "correct": False,
                             "feedback": "Nace del cariño. Pero hacerlo por él puede impedir que desarrolle ese "
                                 "hábito por sí mismo. Él es capaz de hacer esta llamada."},
                            {"text": "No hablarle hasta que lo arregle", "correct": False,
                             "feedback": "Es comprensible que te frustres. Pero quedarte en silencio puede sentirse "
                                 "como un castigo. Cuidar es seguir en contacto mientras él se hace cargo "
                                 "de su tarea."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "Piensa en algo que haces a menudo por tu ser querido. ¿Es cuidar, sobreproteger o "
                            "un poco de las dos cosas?",
                        "hint": "Pregúntate: ¿esto le ayuda a crecer, o me ayuda a mí a sentir menos miedo?",
                    }),
                    ("paragraph",
                        "<p>Este trabajo puede remover sentimientos fuertes. No tienes que manejarlos a solas. Si "
                        "tú o tu ser querido están en peligro, llama al <b>911</b>. Si hay pensamientos de "
                        "suicidio o cualquier crisis emocional, llama o envía un mensaje de texto al <b>988</b>, "
                        "de día o de noche.</p>"),
                    ("crisis_resources", {"intro": "Si tú o tu ser querido están en peligro ahora mismo, pide ayuda:"}),
                    ("key_takeaways", {
                        "items": [
                            "Cuidar fortalece a tu ser querido. Sobreproteger le quita el control.",
                            "Pregúntate: ¿esto es para ayudarle a crecer, o para calmar mi miedo?",
                            "Soltar con amor es dejar el control, no dejar de querer.",
                            "La seguridad siempre va primero.",
                        ],
                    }),
                    ("sources", {
                        "items": [
                            {"title": "Familias y cuidadores (en inglés)", "publisher": "SAMHSA",
                             "url": "https://www.samhsa.gov/families"},
                            {"title": "Las drogas, el cerebro y el comportamiento: la ciencia de la adicción "
                                 "(en inglés)", "publisher": "NIDA",
                             "url": "https://nida.nih.gov/publications/drugs-brains-behavior-science-addiction"},
                            {"title": "Línea Nacional de Ayuda de SAMHSA (página en inglés; la línea atiende en "
                                 "español)", "publisher": "SAMHSA",
                             "url": "https://www.samhsa.gov/find-help/helplines/national-helpline"},
                            {"title": "Grupos de Familia Al-Anon (en inglés)", "publisher": "Al-Anon",
                             "url": "https://www.al-anon.org/"},
                            {"title": "Grupos de Familia Nar-Anon (en inglés)", "publisher": "Nar-Anon",
                             "url": "https://www.nar-anon.org/"},
                            {"title": "NAMI De Familia a Familia (en inglés)", "publisher": "NAMI",
                             "url": "https://www.nami.org/support-education/mental-health-education/nami-family-to-family/"},
                        ],
                    }),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # Módulo 3: Facilitar el consumo
    # ------------------------------------------------------------------
    {
        "slug": "enabling",
        "title": "Facilitar o ayudar",
        "topic": "enabling",
        "summary": "Aprende la diferencia entre facilitar el consumo y ayudar de verdad, por qué importan las "
            "consecuencias naturales y cómo cambiar el rumbo sin castigar a tu ser querido.",
        "objectives": [
            "Al terminar, podrás explicar la diferencia entre facilitar el consumo y ayudar.",
            "Al terminar, podrás describir las consecuencias naturales, y sabrás cuándo intervenir por "
                "seguridad.",
            "Al terminar, podrás planear un cambio para dejar de facilitar el consumo sin perder el cariño ni "
                "la cercanía.",
        ],
        "order": 3,
        "lessons": [
            {
                "slug": "enabling-vs-helping",
                "title": "Facilitar el consumo o ayudar",
                "minutes": 5,
                "body": [
                    ("heading", {"text": "Qué significa facilitar el consumo", "level": "h2"}),
                    ("paragraph",
                        "<p>Las familias oyen mucho la expresión “facilitar el consumo” (en inglés, "
                        "<i>enabling</i>). Puede sonar a reproche. Aquí no tiene esa intención.</p>"
                        "<p>Facilitar el consumo es hacer cosas que, muchas veces sin querer, hacen más fácil que "
                        "el consumo siga. Por lo general, es proteger a tu ser querido de los efectos de su "
                        "consumo. <b>Ayudar</b> es hacer cosas que apoyan la salud, la seguridad y la "
                        "recuperación.</p>"
                        "<p>Casi todas las familias facilitan el consumo en algún momento. Nace del amor, del "
                        "miedo y de querer mantener la paz. Conocer la diferencia simplemente te da más "
                        "opciones.</p>"),
                    ("heading", {"text": "Cómo puede verse", "level": "h2"}),
                    ("paragraph",
                        "<p>Estos son algunos ejemplos comunes de facilitar el consumo:</p><ul>"
                        "<li>Dar dinero en efectivo que puede acabar gastándose en alcohol o drogas</li>"
                        "<li>Inventar excusas en el trabajo, en la escuela o ante la familia</li>"
                        "<li>Arreglar los líos o pagar los daños causados por el consumo</li>"
                        "<li>Pagar multas o deudas una y otra vez</li>"
                        "<li>Hacer como que no ves el consumo, o guardarlo como un secreto de familia</li>"
                        "<li>Consumir con tu ser querido, o guardar sus sustancias en casa</li>"
                        "<li>Hacerte cargo de todas sus tareas y responsabilidades</li></ul>"
                        "<p>Y estos son algunos ejemplos de ayudar:</p><ul>"
                        "<li>Pagar directamente una cuenta, como la renta o el plan del teléfono, en vez de dar "
                        "efectivo</li>"
                        "<li>Ofrecerte a llevarle al tratamiento o a una reunión de apoyo</li>"
                        "<li>Pasar tiempo juntos, divertido y sin sustancias</li>"
                        "<li>Decir la verdad con cariño, aunque cueste</li>"
                        "<li>Aprender sobre la adicción y buscar tu propio apoyo</li></ul>"),
                    ("heading", {"text": "Por qué lo hacemos", "level": "h2"}),
                    ("paragraph",
                        "<p>Las familias suelen facilitar el consumo por buenas razones. Quizá quieres evitar una "
                        "explosión. Quizá temes que tu ser querido pierda el trabajo o la casa. Quizá sientes culpa, "
                        "o te preocupa que decir que no lo aleje. A veces, en el momento, simplemente parece más "
                        "fácil.</p>"
                        "<p>Son razones muy humanas. El problema es que facilitar el consumo puede quitar justo "
                        "las señales que podrían ayudar a tu ser querido a ver que necesita cambiar. También puede "
                        "agotar tu dinero, tu tiempo y tu energía.</p>"),
                    ("quote", {
                        "text": "Me decía que le pagaba el teléfono para que pudiera llamarme. Eso estaba bien. Pero "
                            "también le daba efectivo “para gasolina” cada semana. Cuando por fin sumé todo, "
                            "lloré. Luego hice un plan.",
                        "attribution": "Una madre, 50 años",
                    }),
                    ("callout", {
                        "kind": "tip",
                        "title": "Una prueba rápida",
                        "body": "<p>Antes de hacer algo por tu ser querido, pregúntate: <i>“¿Esto apoya su salud y "
                            "su recuperación? ¿O le hace más fácil seguir consumiendo?”</i>. Si no estás seguro, "
                            "está bien decir <i>“Déjame pensarlo”</i> y decidir después.</p>",
                    }),
                    ("knowledge_check", {
                        "question": "Tu ser querido te pide 60 dólares en efectivo para comprar comida. Te preocupa "
                            "que se los gaste en drogas. ¿Qué opción es más probable que sea ayudar?",
                        "options": [
                            {"text": "Darle el efectivo, porque decir que no podría causar una pelea", "correct": False,
                             "feedback": "Querer evitar una pelea es muy humano. Pero es difícil saber adónde va el "
                                 "efectivo. Quizá haya una forma de cubrir la necesidad sin ese riesgo."},
                            {"text": "Ofrecerte a ir de compras juntos, o comprar tú la comida", "correct": True,
                             "feedback": "Así es. Así cubres una necesidad real, la comida, sin entregar efectivo "
                                 "que podría usarse en sustancias."},
                            {"text": "Negarte y decirle que no se merece ayuda", "correct": False,
                             "feedback": "Es lógico sentirte herido o desconfiar. Pero las palabras duras pueden "
                                 "alejar a tu ser querido. Puedes decir que no al efectivo y seguir siendo "
                                 "amable."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "¿Qué es algo que haces que quizá facilite el consumo? ¿Qué necesidad tuya cubre?",
                        "hint": "Quizá paz, seguridad o sentirte cerca. Esas necesidades importan.",
                    }),
                    ("key_takeaways", {
                        "items": [
                            "Facilitar el consumo hace más fácil que siga, muchas veces sin querer.",
                            "Ayudar apoya la salud, la seguridad y la recuperación.",
                            "Casi todas las familias facilitan el consumo a veces, por amor y por miedo.",
                            "Si dudas, haz una pausa y pregúntate si lo que vas a hacer apoya la recuperación.",
                        ],
                    }),
                ],
            },
            {
                "slug": "natural-consequences",
                "title": "Dejar que lleguen las consecuencias naturales",
                "minutes": 5,
                "body": [
                    ("heading", {"text": "Qué son las consecuencias naturales", "level": "h2"}),
                    ("paragraph",
                        "<p>Una <b>consecuencia natural</b> es lo que pasa por sí solo a raíz de una decisión. Si "
                        "tu ser querido sale a consumir y se queda dormido, puede llegar tarde al trabajo. Si se "
                        "gasta el sueldo en alcohol, puede que no le alcance para algo que quiere.</p>"
                        "<p>Un <b>castigo</b> es distinto. Es algo que agregas a propósito para que la persona "
                        "sufra por una decisión. Gritar, avergonzar o quitarle cosas que no tienen nada que ver "
                        "con el consumo son ejemplos de castigo.</p>"
                        "<p>Las consecuencias naturales pueden enseñar mucho. Cuando la familia da un paso atrás y "
                        "las deja llegar, la persona puede empezar a relacionar su consumo con los problemas que "
                        "le trae. Esa relación puede convertirse en una razón para buscar un cambio.</p>"),
                    ("heading", {"text": "Por qué cuesta dar un paso atrás", "level": "h2"}),
                    ("paragraph",
                        "<p>Ver a alguien que quieres pasar por algo difícil puede doler muchísimo. Puedes "
                        "sentirte cruel. Puede preocuparte estar empeorando las cosas. Recuerda que tú no causas "
                        "la consecuencia. Simplemente eliges no impedirla.</p>"
                        "<p>Puedes seguir siendo cariñoso. Puedes decir: <i>“Siento que haya pasado esto. Sé que "
                        "puedes manejarlo. Aquí estoy si quieres hablar de qué hacer ahora”</i>.</p>"),
                    ("quote", {
                        "text": "Cuando a mi hermano le pusieron una multa, lo primero que quise hacer fue pagarla. "
                            "En cambio, le dije: “Qué mala suerte. Sé que lo puedes resolver”. Estuvo enojado un "
                            "día. Luego arregló un plan de pagos por su cuenta.",
                        "attribution": "Una hermana, 34 años",
                    }),
                    ("callout", {
                        "kind": "warning",
                        "title": "La seguridad es la excepción",
                        "body": "<p>Dejar que lleguen las consecuencias nunca significa permitir un daño grave. "
                            "Actúa siempre que haya una vida o la seguridad de alguien en riesgo:</p><ul>"
                            "<li>Señales de sobredosis, como respirar muy despacio o no despertar: llama al "
                            "<b>911</b> y dale naloxona si la tienes</li>"
                            "<li>Si habla de suicidio o de hacerse daño: llama o envía un mensaje de texto al "
                            "<b>988</b>, o llama al <b>911</b> si el peligro es inmediato</li>"
                            "<li>Si piensa manejar bajo los efectos de una sustancia: ofrécete a llevarle, quítale "
                            "las llaves si es seguro hacerlo, o pide ayuda</li>"
                            "<li>Cualquier riesgo para los niños u otras personas de la casa</li></ul>"
                            "<p>Ayudar en una emergencia nunca es facilitar el consumo.</p>",
                    }),
                    ("heading", {"text": "Proteger una vida no es proteger el consumo", "level": "h3"}),
                    ("paragraph",
                        "<p>Algunas familias temen que tener naloxona en casa mande el mensaje equivocado. Las "
                        "agencias de salud, como el NIDA y SAMHSA, recomiendan tenerla a mano. La naloxona mantiene "
                        "con vida a tu ser querido, y seguir con vida es lo que hace posible la recuperación. "
                        "Proteger una vida no es lo mismo que proteger el consumo.</p>"),
                    ("callout", {
                        "kind": "try_at_home",
                        "title": "Practica dar un paso atrás con cariño",
                        "body": "<p>Piensa en una situación en la que sueles intervenir. Escribe una frase corta y "
                            "amable que podrías decir en su lugar. Por ejemplo: <i>“Suena difícil. ¿Qué crees que "
                            "vas a hacer?”</i>. Practica decirla en voz alta varias veces.</p>",
                    }),
                    ("knowledge_check", {
                        "question": "¿Cuál de estas es una consecuencia natural y no un castigo?",
                        "options": [
                            {"text": "Tu ser querido tiene que explicarle a su jefe por qué faltó a un turno",
                             "correct": True,
                             "feedback": "Así es. Pasa por sí solo, a raíz del turno perdido. Tú simplemente no "
                                 "intervienes para arreglarlo."},
                            {"text": "Le quitas el teléfono un mes porque consumió", "correct": False,
                             "feedback": "Esto es un castigo, porque es algo que agregas a propósito. Es un impulso "
                                 "común cuando estás dolido. Pero suele traer más conflicto que cambio."},
                            {"text": "Te niegas a hablarle durante una semana", "correct": False,
                             "feedback": "La “ley del hielo” es una forma de castigo, y puede cortar la conexión. "
                                 "Puedes poner límites y seguir en contacto."},
                        ],
                    }),
                    ("key_takeaways", {
                        "items": [
                            "Las consecuencias naturales llegan solas. Los castigos se agregan a propósito.",
                            "Dejar que lleguen las consecuencias puede ayudar a tu ser querido a relacionar el "
                                "consumo con lo que le cuesta.",
                            "Puedes dar un paso atrás y seguir siendo cariñoso.",
                            "Primero la seguridad: en una emergencia, actúa siempre.",
                        ],
                    }),
                ],
            },
            {
                "slug": "stop-enabling-without-punishing",
                "title": "Cómo dejar de facilitar el consumo sin castigar",
                "minutes": 6,
                "body": [
                    ("heading", {"text": "Cambia una cosa a la vez", "level": "h2"}),
                    ("paragraph",
                        "<p>Dejar de facilitar el consumo no significa cortar la relación con tu ser querido. "
                        "Tampoco significa ponerte duro o frío. Significa cambiar <i>cómo</i> ayudas, para que tu "
                        "ayuda apoye la recuperación. Aquí tienes un plan paso a paso:</p><ol>"
                        "<li><b>Observa.</b> Durante una semana, anota las cosas que haces por tu ser querido. "
                        "Marca las que podrían hacerle más fácil el consumo.</li>"
                        "<li><b>Elige una.</b> Escoge un solo cambio que te parezca posible y seguro. Por ejemplo: "
                        "se acabó el efectivo, pero sigues pagando la cuenta del teléfono.</li>"
                        "<li><b>Prepara lo que vas a decir.</b> Que sea corto y amable. Usa frases en primera "
                        "persona, que empiezan por cómo te sientes tú o por lo que vas a hacer tú.</li>"
                        "<li><b>Elige un momento tranquilo.</b> Cuéntale el cambio cuando tu ser querido no esté "
                        "consumiendo ni alterado.</li>"
                        "<li><b>Cumple lo que dijiste.</b> Es la parte más difícil. Mantén tu palabra, con calma "
                        "y suavidad.</li></ol>"),
                    ("heading", {"text": "Cómo puede sonar", "level": "h2"}),
                    ("paragraph",
                        "<p>Aquí tienes un ejemplo: <i>“Te quiero y quiero apoyarte. Ya no te voy a dar efectivo, "
                        "porque me preocupa en qué se gasta. Con gusto te acompaño a comprar la comida o pago "
                        "directamente tu cuenta del teléfono”</i>.</p>"
                        "<p>Fíjate en lo que no incluye. No hay culpas, ni una lista de errores del pasado, ni "
                        "amenazas. Es una frase clara sobre lo que <i>tú</i> vas a hacer.</p>"),
                    ("heading", {"text": "Espera algo de resistencia", "level": "h2"}),
                    ("paragraph",
                        "<p>Cuando cambias un patrón, tu ser querido puede resistirse al principio. Puede enojarse, "
                        "suplicar o poner a prueba si lo dices en serio. Es muy común. A menudo empeora por un "
                        "tiempo corto antes de calmarse. No hay garantías. Pero muchas familias ven que la "
                        "resistencia se calma cuando ellas mantienen la calma y la constancia.</p>"
                        "<p>Mantente firme. No hace falta discutir ni explicarte una y otra vez. Puedes decir: "
                        "<i>“Entiendo que estés molesto. Mi respuesta sigue siendo no”</i>. Luego cambia de tema "
                        "o tómate un descanso.</p>"),
                    ("callout", {
                        "kind": "tip",
                        "title": "Sigue con lo bueno",
                        "body": "<p>Dejar de facilitar el consumo funciona mejor si también sumas algo positivo. "
                            "Busquen tiempo para cosas que disfrutan juntos cuando tu ser querido no esté "
                            "consumiendo, como un paseo, una comida o una serie. Así ve que la vida sin sustancias "
                            "tiene cosas buenas. Aprenderás más sobre esto en el módulo Herramientas de "
                            "comunicación que ayudan.</p>",
                    }),
                    ("quote", {
                        "text": "Dejé de pagar la tarjeta de crédito de mi pareja. Sí, tuvimos una pelea fuerte. Yo "
                            "hablé bajito y no cedí. Un mes después, él mismo sacó el tema de volver con su "
                            "consejero. No sé si una cosa causó la otra. Pero yo me sentí más firme.",
                        "attribution": "Una pareja, 38 años",
                    }),
                    ("callout", {
                        "kind": "warning",
                        "title": "Si no te sientes seguro",
                        "body": "<p>Si temes que tu ser querido se ponga violento cuando pongas un límite, tu "
                            "seguridad va primero. Habla con un consejero y haz un plan de seguridad antes de "
                            "hacer cambios. Si estás en peligro, llama al <b>911</b>. La Línea Nacional sobre la "
                            "Violencia Doméstica, al <b>1-800-799-7233</b>, también ofrece apoyo gratis y "
                            "privado, de día o de noche, también en español.</p>",
                    }),
                    ("knowledge_check", {
                        "question": "Le dijiste a tu ser querido que ya no le vas a dar efectivo. Se altera y te "
                            "suplica. ¿Cuál es el siguiente paso más útil?",
                        "options": [
                            {"text": "Ceder esta vez para mantener la paz", "correct": False,
                             "feedback": "Cuesta muchísimo mantenerte firme cuando alguien que quieres está "
                                 "alterado. Pero ceder puede enseñar que insistir más funciona. Está bien "
                                 "ser amable y firme a la vez."},
                            {"text": "Mantener la calma, repetir tu decisión con cariño y alejarte un rato si hace "
                                 "falta", "correct": True,
                             "feedback": "Así es. No hace falta discutir ni volver a explicar. La meta es la calma y "
                                 "la firmeza."},
                            {"text": "Recordarle todas las veces que te ha fallado", "correct": False,
                             "feedback": "Ese dolor es real. Pero enumerar errores pasados suele despertar vergüenza "
                                 "y peleas. Funciona mejor centrarte en lo que vas a hacer ahora."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "¿Qué hábito que facilita el consumo te sientes listo para cambiar? ¿Qué podría "
                            "hacer difícil mantener el cambio?",
                        "hint": "Piensa en quién podría apoyarte mientras haces el cambio.",
                    }),
                    ("paragraph",
                        "<p>Cambiar patrones puede despertar emociones fuertes en toda la familia. Para recibir "
                        "ayuda gratis y confidencial para encontrar tratamiento o apoyo para familias, llama a la "
                        "Línea Nacional de Ayuda de SAMHSA al <b>1-800-662-4357</b>. Atiende las 24 horas del "
                        "día, también en español. En una crisis, llama o envía un mensaje de texto al <b>988</b>. "
                        "En una emergencia, llama al <b>911</b>.</p>"),
                    ("crisis_resources", {"intro": "Si tú o tu ser querido están en peligro ahora mismo, pide ayuda:"}),
                    ("key_takeaways", {
                        "items": [
                            "Dejar de facilitar el consumo es cambiar cómo ayudas, no dejar de querer.",
                            "Cambia una cosa a la vez, y prepara lo que vas a decir.",
                            "Espera resistencia, y mantén la calma y la constancia.",
                            "Acompaña los límites con tiempo positivo juntos.",
                            "Si no te sientes seguro, tu seguridad va primero.",
                        ],
                    }),
                    ("sources", {
                        "items": [
                            {"title": "Familias y cuidadores (en inglés)", "publisher": "SAMHSA",
                             "url": "https://www.samhsa.gov/families"},
                            {"title": "Las drogas, el cerebro y el comportamiento: la ciencia de la adicción "
                                 "(en inglés)", "publisher": "NIDA",
                             "url": "https://nida.nih.gov/publications/drugs-brains-behavior-science-addiction"},
                            {"title": "Medicamentos para revertir una sobredosis (en inglés)", "publisher": "NIDA",
                             "url": "https://nida.nih.gov/research-topics/overdose-reversal-medications"},
                            {"title": "Línea Nacional de Ayuda de SAMHSA (página en inglés; la línea atiende en "
                                 "español)", "publisher": "SAMHSA",
                             "url": "https://www.samhsa.gov/find-help/helplines/national-helpline"},
                            {"title": "SMART Recovery para familiares y amigos (en inglés)",
                             "publisher": "SMART Recovery",
                             "url": "https://www.smartrecovery.org/family/"},
                        ],
                    }),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # Módulo 4: Herramientas de comunicación
    # ------------------------------------------------------------------
    {
        "slug": "communication-tools",
        "title": "Herramientas de comunicación que ayudan",
        "topic": "communication-tools",
        "summary": "Aprende formas prácticas, basadas en la investigación, de hablar con tu ser querido, premiar las "
            "decisiones sanas y poner límites que puedas cumplir.",
        "objectives": [
            "Al terminar, podrás usar la comunicación positiva del enfoque CRAFT en las conversaciones de cada día.",
            "Al terminar, podrás convertir una queja en un mensaje claro en primera persona y elegir un buen "
                "momento para decirlo.",
            "Al terminar, podrás notar y premiar los momentos en que tu ser querido no está consumiendo.",
            "Al terminar, podrás poner un límite y cumplirlo con calma.",
        ],
        "order": 4,
        "lessons": [
            {
                "slug": "craft-positive-communication",
                "title": "Una forma más amable de hablar: el enfoque CRAFT",
                "minutes": 5,
                "body": [
                    ("heading", {"text": "Qué es CRAFT", "level": "h2"}),
                    ("paragraph",
                        "<p>CRAFT son las siglas en inglés de <b>Refuerzo Comunitario y Entrenamiento Familiar</b>. "
                        "Enseña a los familiares habilidades para animar con suavidad a su ser querido hacia el "
                        "tratamiento y hacia decisiones más sanas. Los investigadores lo crearon para dar a las "
                        "familias una opción mejor que rendirse o confrontar.</p>"
                        "<p>CRAFT se basa en una idea sencilla. Las personas tienden a repetir lo que les trae "
                        "buenos resultados, y a hacer menos lo que no. Así que, en vez de confrontar a tu ser "
                        "querido, aprendes a hacer que no consumir sea más gratificante y que consumir lo sea "
                        "menos.</p>"
                        "<p>En varios estudios, cerca de dos de cada tres familias que usaron CRAFT vieron a su "
                        "ser querido empezar un tratamiento. Fueron más que con las “intervenciones” de "
                        "confrontación o con los grupos de apoyo solos. Además, los familiares solían sentirse "
                        "mejor, empezara o no su ser querido un tratamiento. Los resultados son distintos en cada "
                        "familia, pero son datos que dan esperanza.</p>"),
                    ("callout", {
                        "kind": "tip",
                        "title": "¿Por qué no una intervención sorpresa?",
                        "body": "<p>Quizá has visto programas de televisión en los que la familia sorprende a alguien "
                            "con una confrontación en grupo. Las investigaciones indican que a menudo salen mal. "
                            "Muchas familias que la planean nunca la llevan a cabo. Además, pueden dañar la "
                            "confianza. CRAFT ofrece un camino más suave que suele funcionar mejor.</p>",
                    }),
                    ("heading", {"text": "Comunicación positiva", "level": "h2"}),
                    ("paragraph",
                        "<p>Una habilidad central de CRAFT es la comunicación positiva. Al principio puede sentirse "
                        "rara. Es normal. Estas son cuatro partes para practicar:</p><ul>"
                        "<li><b>Sé positivo.</b> Di lo que quieres, no solo lo que no quieres. En vez de “Nunca "
                        "vienes a cenar”, prueba con “Me encantaría que cenaras con nosotros esta noche”.</li>"
                        "<li><b>Habla en primera persona.</b> Habla de lo que sientes tú en vez de culpar. “Estoy "
                        "preocupada” cae mejor que “Me estás volviendo loca”.</li>"
                        "<li><b>Muestra comprensión.</b> Hazle saber a tu ser querido que ves su lado. “Sé que el "
                        "trabajo ha estado muy estresante”.</li>"
                        "<li><b>Comparte la responsabilidad.</b> Reconoce una parte pequeña del problema, u "
                        "ofrece ayuda. “Sé que yo también he estado muy tenso últimamente. ¿Lo resolvemos "
                        "juntos?”</li></ul>"
                        "<p>Compartir la responsabilidad <i>no</i> significa que tú causaste la adicción. "
                        "Simplemente baja las defensas y abre la puerta a trabajar en equipo.</p>"),
                    ("heading", {"text": "Todo junto", "level": "h3"}),
                    ("paragraph",
                        "<p>Compara estas dos formas de decir lo mismo:</p><ul>"
                        "<li><i>“Otra vez pasaste toda la noche fuera. Vas a perder el trabajo, y ni siquiera te "
                        "importa”.</i></li>"
                        "<li><i>“Me preocupé mucho cuando no llegaste a casa. Sé que las cosas han estado difíciles. "
                        "Me gustaría hablar de cómo puedo ayudarte a llegar al trabajo esta semana”.</i></li></ul>"
                        "<p>La segunda también dice la verdad. Pero es mucho más probable que la escuche.</p>"),
                    ("quote", {
                        "text": "Yo creía que ser amable era dejarlo pasar todo. CRAFT me enseñó que puedo ser "
                            "sincera y cariñosa a la vez. Seguimos teniendo días difíciles. Pero ahora hablamos "
                            "más de lo que peleamos.",
                        "attribution": "Una madre, 57 años",
                    }),
                    ("knowledge_check", {
                        "question": "¿Qué frase usa la comunicación positiva?",
                        "options": [
                            {"text": "“Siempre arruinas las reuniones familiares”.", "correct": False,
                             "feedback": "Es muy natural sentir esto después de un día difícil. Pero palabras como "
                                 "“siempre” ponen a la gente a la defensiva. Intenta decir lo que te "
                                 "gustaría que pasara."},
                            {"text": "“Me gustaría mucho que vinieras con nosotros el domingo. Me gusta cuando estás”.",
                             "correct": True,
                             "feedback": "Así es. Es positiva, habla en primera persona y le dice a tu ser querido "
                                 "lo que quieres."},
                            {"text": "“¿Por qué no puedes comportarte normal?”", "correct": False,
                             "feedback": "Esto suele salir de una frustración muy honda, y se entiende. Pero puede "
                                 "avergonzar. Una petición clara y amable suele recibir una mejor "
                                 "respuesta."},
                        ],
                    }),
                    ("key_takeaways", {
                        "items": [
                            "CRAFT enseña a las familias habilidades para animar al tratamiento y a decisiones más "
                                "sanas.",
                            "Suele funcionar mejor que la confrontación, y también puede ayudar a que la familia se "
                                "sienta mejor.",
                            "Comunicación positiva: sé positivo, habla en primera persona, muestra comprensión y "
                                "comparte la responsabilidad.",
                            "Puedes ser sincero y cariñoso a la vez.",
                        ],
                    }),
                ],
            },
            {
                "slug": "i-statements-and-timing",
                "title": "Hablar en primera persona y elegir el momento",
                "minutes": 5,
                "body": [
                    ("heading", {"text": "Cómo funcionan los mensajes en primera persona", "level": "h2"}),
                    ("paragraph",
                        "<p>Un mensaje en primera persona empieza por ti: lo que sientes, lo que necesitas, lo que "
                        "vas a hacer. Ayuda a que tu ser querido te escuche sin sentirse atacado. Un mensaje que "
                        "empieza por “tú”, como “Eres un egoísta”, suele llevar a defenderse y a discutir.</p>"
                        "<p>Una fórmula sencilla puede ayudar:</p><ol>"
                        "<li><b>Me siento</b> … (nombra el sentimiento)</li>"
                        "<li><b>cuando</b> … (describe lo que pasó, solo los hechos)</li>"
                        "<li><b>porque</b> … (por qué te importa)</li>"
                        "<li><b>Me gustaría</b> … (un pedido claro y posible)</li></ol>"
                        "<p>Por ejemplo: <i>“Me siento asustada cuando manejas después de tomar, porque te quiero "
                        "y no quiero que te pase nada. Me gustaría que me dieras las llaves o que pidieras que "
                        "alguien te lleve”.</i></p>"),
                    ("callout", {
                        "kind": "tip",
                        "title": "Consejos para buenos mensajes en primera persona",
                        "body": "<p>Algunos hábitos pequeños hacen una gran diferencia:</p><ul>"
                            "<li>Describe acciones, no la forma de ser. Di “Llegaste a las 3 de la mañana” en vez "
                            "de “Eres un descuidado”.</li><li>Sé breve. Habla de un solo tema a la vez.</li>"
                            "<li>Cuida tu tono. Una voz tranquila importa tanto como las palabras.</li>"
                            "<li>Evita “Siento que tú …”. Es un mensaje con “tú” disfrazado.</li></ul>",
                    }),
                    ("heading", {"text": "El momento importa", "level": "h2"}),
                    ("paragraph",
                        "<p>Hasta las palabras más amables pueden caer mal en el momento equivocado. Intenta no "
                        "tener conversaciones serias cuando tu ser querido:</p><ul><li>Ha estado tomando o "
                        "consumiendo, o se le está pasando el efecto</li>"
                        "<li>Está muy enojado, cansado o con hambre</li><li>Está con otras personas delante de "
                        "las que podría sentir vergüenza</li></ul>"
                        "<p>Fíjate también en cómo estás tú. Si estás furioso o agotado, está bien esperar. Puedes "
                        "decir: <i>“Quiero hablar de esto, pero no ahora. ¿Hablamos mañana por la "
                        "mañana?”</i></p>"),
                    ("heading", {"text": "Aprovecha las ventanas abiertas", "level": "h3"}),
                    ("paragraph",
                        "<p>CRAFT enseña a las familias a notar los momentos en que su ser querido puede estar más "
                        "abierto a cambiar. Pueden llegar:</p><ul>"
                        "<li>Después de un problema causado por el consumo, como una mala mañana, una pelea o "
                        "líos en el trabajo</li>"
                        "<li>Cuando dice que no está contento o que le preocupa su consumo</li>"
                        "<li>Cuando te pregunta por qué has cambiado tu forma de reaccionar</li>"
                        "<li>Cuando te pregunta por tu propia consejería o tu grupo de apoyo</li></ul>"
                        "<p>En esos momentos, puedes mencionar con suavidad el tratamiento u ofrecer ayuda. Por "
                        "ejemplo: <i>“Parece que esto ha sido muy duro. Si algún día quieres hablar con alguien, "
                        "con gusto te ayudo a encontrar a una persona”.</i> Sé breve. Y luego déjalo ahí.</p>"),
                    ("quote", {
                        "text": "Antes confrontaba a mi esposo en cuanto entraba por la puerta. Ahora espero a la "
                            "mañana, con un café. Las mismas palabras, dichas en un mejor momento, llegan mucho "
                            "más lejos.",
                        "attribution": "Una esposa, 44 años",
                    }),
                    ("callout", {
                        "kind": "try_at_home",
                        "title": "Reescribe una frase",
                        "body": "<p>Piensa en algo que sueles decir cuando estás frustrado. Escríbelo. Luego "
                            "reescríbelo con la fórmula: <i>Me siento … cuando … porque … Me gustaría …</i> "
                            "Practícalo en voz alta, a solas o con un amigo.</p>",
                    }),
                    ("knowledge_check", {
                        "question": "¿Cuándo suele ser el mejor momento para hablar de tu preocupación por el consumo "
                            "de tu ser querido?",
                        "options": [
                            {"text": "Justo cuando llega a casa después de consumir, mientras todo está reciente",
                             "correct": False,
                             "feedback": "Es lógico querer hablarlo enseguida. Pero una persona bajo los efectos de "
                                 "una sustancia casi nunca puede asimilar lo que le dices. Un momento más "
                                 "tranquilo y sin sustancias suele funcionar mejor."},
                            {"text": "En un momento de calma, cuando no está consumiendo y los dos están bastante "
                                 "tranquilos", "correct": True,
                             "feedback": "Así es. Los momentos de calma dan a tus palabras la mejor oportunidad de "
                                 "ser escuchadas."},
                            {"text": "En una gran reunión familiar, para que todos puedan ayudar", "correct": False,
                             "feedback": "Querer apoyo tiene sentido. Pero hablar delante de otros suele dar "
                                 "vergüenza y puede poner a la persona a la defensiva. Un momento privado y "
                                 "tranquilo suele ser mejor."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "Piensa en una conversación difícil reciente. ¿Cómo fue el momento que eligieron? "
                            "¿Qué podrías probar distinto la próxima vez?",
                        "hint": "Fíjate en la hora del día, en tu ánimo y en cómo estaba tu ser querido.",
                    }),
                    ("key_takeaways", {
                        "items": [
                            "Los mensajes en primera persona comparten lo que sientes y necesitas, sin culpar.",
                            "Prueba: Me siento … cuando … porque … Me gustaría …",
                            "Elige momentos de calma, no de consumo, enojo o agotamiento.",
                            "Fíjate en las ventanas abiertas, cuando tu ser querido puede estar listo para hablar.",
                        ],
                    }),
                ],
            },
            {
                "slug": "rewarding-non-use",
                "title": "Premiar los momentos sin consumo",
                "minutes": 5,
                "body": [
                    ("heading", {"text": "Por qué funcionan los premios", "level": "h2"}),
                    ("paragraph",
                        "<p>Casi todos hacemos más de lo que nos trae buenos resultados. Eso vale para cualquier "
                        "persona. CRAFT usa esta idea para ayudar a las familias a que la vida sin sustancias se "
                        "sienta más gratificante que la vida con ellas.</p>"
                        "<p>Un premio no tiene por qué costar dinero. De hecho, los mejores premios suelen ser "
                        "pequeños, sencillos y personales. La clave es ofrecerlos cuando tu ser querido <b>no</b> "
                        "está consumiendo. Así, los buenos sentimientos quedan unidos a no consumir.</p>"),
                    ("heading", {"text": "Ideas de premios para cada día", "level": "h2"}),
                    ("paragraph",
                        "<ul><li>Dar las gracias o reconocer su esfuerzo: <i>“Qué bonito fue tenerte en la cena "
                        "esta noche”.</i></li><li>Preparar su comida favorita</li>"
                        "<li>Ver juntos una serie o un partido</li><li>Salir a caminar, a dar una vuelta en carro "
                        "o a tomar un café</li>"
                        "<li>Un abrazo, un mensaje o una nota, si va con su forma de relacionarse</li>"
                        "<li>Ayudarle con algo que le importa</li></ul>"
                        "<p>Elige premios que tu ser querido de verdad disfrute. Puedes preguntárselo. Elige "
                        "también premios que te hagan sentir bien a ti. No deberías sentir resentimiento al "
                        "darlos.</p>"),
                    ("heading", {"text": "Cuando tu ser querido está consumiendo", "level": "h2"}),
                    ("paragraph",
                        "<p>La otra cara de esta habilidad es dar un paso atrás, con suavidad, cuando tu ser "
                        "querido está consumiendo. No es un castigo. No gritas, no sermoneas ni le aplicas la “ley "
                        "del hielo”. Simplemente, en ese momento no ofreces lo bueno.</p>"
                        "<p>Imagina que habían planeado ver una película y tu ser querido ha estado tomando. Puedes "
                        "decir: <i>“Tenía muchas ganas de ver la película. Parece que hoy no es un buen día. "
                        "Probemos mañana”.</i> Luego, con calma, te vas a hacer otra cosa.</p>"
                        "<p>Con el tiempo, el mensaje queda claro sin pelear: el tiempo juntos es mejor cuando no "
                        "hay sustancias de por medio.</p>"),
                    ("callout", {
                        "kind": "warning",
                        "title": "No premies el consumo sin querer",
                        "body": "<p>A veces las familias hacen más cómodo el consumo sin darse cuenta. Un ejemplo es "
                            "llevarle el desayuno a la cama a alguien que tiene resaca. Otro es cubrirle para que "
                            "se libre de problemas. Busca estos patrones y piensa en dar un paso atrás.</p>",
                    }),
                    ("quote", {
                        "text": "A mi hijo le encanta pescar. Ahora, los días que ha ido a su programa y no está "
                            "consumiendo, le pregunto si quiere ir. No hablamos de la recuperación para nada. Solo "
                            "pescamos. Es lo mejor de mi semana.",
                        "attribution": "Un padre, 63 años",
                    }),
                    ("knowledge_check", {
                        "question": "Tu pareja no ha tomado en todo el fin de semana. ¿Cuál es una buena forma de "
                            "premiarlo?",
                        "options": [
                            {"text": "Planear juntos algo divertido que le guste", "correct": True,
                             "feedback": "Así es. Pasar un buen rato juntos cuando tu pareja no toma ayuda a unir "
                                 "los buenos sentimientos con no consumir."},
                            {"text": "Darle un regalo grande y caro, como un viaje", "correct": False,
                             "feedback": "Los gestos grandes nacen de la generosidad. Pero los premios pequeños y "
                                 "frecuentes suelen funcionar mejor. Son más fáciles de mantener y es menos "
                                 "probable que parezcan un soborno."},
                            {"text": "No decir nada, porque eso es lo que debería hacer de todos modos",
                             "correct": False,
                             "feedback": "Mucha gente se siente así, sobre todo después de años de estrés. Pero "
                                 "reconocer el esfuerzo puede tener mucha fuerza. Un simple “gracias” no "
                                 "cuesta nada y puede significar mucho."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "¿Qué tres cosas disfruta tu ser querido que podrían compartir en un buen día?",
                        "hint": "Piensa en lo que le hacía brillar los ojos antes de que las sustancias tomaran el "
                            "control.",
                    }),
                    ("key_takeaways", {
                        "items": [
                            "Las personas tienden a repetir lo que les trae buenos resultados.",
                            "Ofrece premios pequeños y personales cuando tu ser querido no está consumiendo.",
                            "Cuando está consumiendo, da un paso atrás con calma, sin castigar.",
                            "Fíjate en no premiar el consumo sin querer.",
                        ],
                    }),
                ],
            },
            {
                "slug": "setting-boundaries",
                "title": "Poner límites y mantenerlos",
                "minutes": 6,
                "body": [
                    ("heading", {"text": "Qué es un límite", "level": "h2"}),
                    ("paragraph",
                        "<p>Un límite es una regla que pones sobre lo que <i>tú</i> vas a hacer y lo que no. "
                        "Protege tu salud, tu seguridad y tus valores. Un límite no es una forma de controlar a tu "
                        "ser querido. No puedes obligar a otra persona a cambiar. Sí puedes decidir cómo vas a "
                        "responder tú.</p>"
                        "<p>Compara estas frases:</p><ul><li><b>Intentar controlar:</b> “Tienes que dejar de "
                        "tomar”.</li>"
                        "<li><b>Un límite:</b> “No me voy a subir al carro contigo si has tomado”.</li>"
                        "</ul>"
                        "<p>La primera le pide a tu ser querido que cambie. La segunda le dice lo que vas a hacer "
                        "tú. Solo la segunda está en tus manos.</p>"),
                    ("heading", {"text": "Límites y amenazas", "level": "h2"}),
                    ("paragraph",
                        "<p>Un límite se dice con calma, y estás listo para cumplirlo. Una amenaza suele decirse "
                        "con enojo, y muchas veces no se cumple. “¡Si vuelves a consumir, me voy para siempre!” "
                        "puede no ser algo que estés listo para hacer. Si no lo cumples, tus palabras pierden "
                        "peso.</p>"
                        "<p>Elige límites que de verdad puedas mantener. Dos límites que cumples siempre valen más "
                        "que diez que a veces olvidas.</p>"),
                    ("heading", {"text": "Cómo poner un límite", "level": "h2"}),
                    ("paragraph",
                        "<ol>"
                        "<li><b>Aclárate contigo.</b> ¿Qué necesitas? ¿Qué harás si alguien cruza el "
                        "límite?</li><li><b>Hazlo sencillo.</b> Basta con una o dos frases.</li>"
                        "<li><b>Elige un momento tranquilo.</b> Díselo cuando nadie esté alterado ni "
                        "consumiendo.</li>"
                        "<li><b>Dilo con cariño.</b> “Te quiero, y necesito …”</li>"
                        "<li><b>Cúmplelo.</b> Actúa con calma, sin sermones.</li></ol>"
                        "<p>Aquí tienes un ejemplo: <i>“Te quiero y me alegra que vivas aquí. Necesito que en "
                        "nuestra casa no haya alcohol ni drogas. Si hay consumo en la casa, me iré a pasar la "
                        "noche a casa de mi hermana”.</i></p>"),
                    ("heading", {"text": "Cuando ponen a prueba un límite", "level": "h3"}),
                    ("paragraph",
                        "<p>Los límites suelen ponerse a prueba, sobre todo al principio. Eso no quiere decir que "
                        "lo hayas hecho mal. Cuando pase, mantén la calma y haz lo que dijiste. No hace falta "
                        "discutir ni volver a explicarlo. Después, cuídate. Habla con un amigo, un consejero o tu "
                        "grupo de apoyo.</p>"
                        "<p>También está bien cambiar un límite con el tiempo. Cuando las cosas cambian, tus "
                        "necesidades pueden cambiar también. Solo intenta no cambiarlo en un momento de mucha "
                        "tensión.</p>"),
                    ("callout", {
                        "kind": "tip",
                        "title": "Ejemplos de límites",
                        "body": "<p>Estos son algunos ejemplos que usan las familias. Ajústalos a tu vida.</p><ul>"
                            "<li>“Ya no te voy a prestar dinero”.</li>"
                            "<li>“Si hay gritos, me voy a ir del cuarto. Podemos hablar cuando estemos "
                            "tranquilos”.</li>"
                            "<li>“No voy a llamar a tu trabajo para inventar excusas por ti”.</li>"
                            "<li>“Los jueves voy a mi grupo de apoyo, pase lo que pase”.</li></ul>",
                    }),
                    ("quote", {
                        "text": "Le dije a mi hermano que no le contestaría después de las 11 de la noche, a menos "
                            "que primero me escribiera la palabra “emergencia”. La primera semana, el teléfono se "
                            "encendió cinco veces. Lo dejé boca abajo. A la tercera semana, las llamadas tarde ya "
                            "habían parado, y yo volví a dormir.",
                        "attribution": "Una hermana, 39 años",
                    }),
                    ("callout", {
                        "kind": "warning",
                        "title": "Límites y seguridad",
                        "body": "<p>Si tu ser querido ha sido violento, o temes que pueda serlo, habla con un "
                            "consejero o con un especialista en violencia doméstica antes de poner límites. Tu "
                            "seguridad es lo más importante. Si estás en peligro, llama al <b>911</b>.</p>",
                    }),
                    ("knowledge_check", {
                        "question": "¿Cuál de estas frases es un límite y no un intento de controlar?",
                        "options": [
                            {"text": "“Tienes que ir a todas las sesiones del IOP”.", "correct": False,
                             "feedback": "Es muy comprensible que quieras que tu ser querido siga en tratamiento. "
                                 "Pero esto habla de sus acciones, y esas no las puedes controlar. Un límite "
                                 "se centra en lo que vas a hacer tú."},
                            {"text": "“No te voy a llevar en el carro cuando hayas consumido. Con gusto te llevo al "
                                 "IOP”.", "correct": True,
                             "feedback": "Así es. Dice lo que vas a hacer y lo que no, y es algo que puedes "
                                 "cumplir."},
                            {"text": "“Si vuelves a fallar una vez más, sales de mi vida para siempre”.",
                             "correct": False,
                             "feedback": "Esto seguramente nace de un dolor muy hondo. Pero lo que se dice con "
                                 "enojo es difícil de cumplir. Un límite tranquilo y posible suele funcionar "
                                 "mejor."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "¿Qué límite protegería tu paz o tu seguridad? ¿Qué harás si alguien lo cruza?",
                        "hint": "Elige algo lo bastante pequeño como para saber que lo puedes mantener.",
                    }),
                    ("paragraph",
                        "<p>Las conversaciones difíciles y los límites nuevos pueden despertar sentimientos "
                        "fuertes. Si tu ser querido habla de suicidio, o tú estás pasando por una crisis emocional, "
                        "llama o envía un mensaje de texto al <b>988</b>. Si alguien está en peligro inmediato, "
                        "llama al <b>911</b>. La Línea Nacional de Ayuda de SAMHSA, al <b>1-800-662-4357</b>, "
                        "puede ayudarte a encontrar tratamiento y apoyo para familias, también en español.</p>"),
                    ("crisis_resources", {"intro": "Si tú o tu ser querido están en peligro ahora mismo, pide ayuda:"}),
                    ("key_takeaways", {
                        "items": [
                            "Un límite trata de lo que vas a hacer tú, no de controlar a tu ser querido.",
                            "Que tus límites sean sencillos, tranquilos y posibles de cumplir.",
                            "Cúmplelos sin sermones ni amenazas.",
                            "Cuenta con que pondrán a prueba tus límites, y busca apoyo cuando pase.",
                            "La seguridad siempre va primero.",
                        ],
                    }),
                    ("sources", {
                        "items": [
                            {"title": "Tratamiento (en inglés)", "publisher": "NIDA",
                             "url": "https://nida.nih.gov/research-topics/treatment"},
                            {"title": "Familias y cuidadores (en inglés)", "publisher": "SAMHSA",
                             "url": "https://www.samhsa.gov/families"},
                            {"title": "Línea Nacional de Ayuda de SAMHSA (página en inglés; la línea atiende en "
                                 "español)", "publisher": "SAMHSA",
                             "url": "https://www.samhsa.gov/find-help/helplines/national-helpline"},
                            {"title": "SMART Recovery para familiares y amigos (en inglés)",
                             "publisher": "SMART Recovery",
                             "url": "https://www.smartrecovery.org/family/"},
                            {"title": "988 Línea de Prevención del Suicidio y Crisis",
                             "publisher": "988 Suicide & Crisis Lifeline",
                             "url": "https://988lifeline.org/es/inicio/"},
                        ],
                    }),
                ],
            },
        ],
    },
    # ------------------------------------------------------------------
    # Módulo 5: Cuidarte tú
    # ------------------------------------------------------------------
    {
        "slug": "caregiver-coping",
        "title": "Cuidarte tú",
        "topic": "caregiver-coping",
        "summary": "Cuidar a alguien que está en tratamiento también es duro para ti. Aprende formas de manejar el "
            "estrés, dormir mejor, aliviar la culpa, encontrar apoyo y prepararte para una crisis.",
        "objectives": [
            "Al terminar, podrás reconocer señales del estrés de quien cuida y elegir pasos pequeños para "
                "cuidarte.",
            "Al terminar, podrás usar herramientas sencillas para dormir mejor y aliviar la culpa.",
            "Al terminar, podrás nombrar grupos de apoyo para familias y sabrás qué esperar de ellos.",
            "Al terminar, podrás hacer un plan de seguridad y sabrás cuándo llamar al 988 o al 911.",
        ],
        "order": 5,
        "lessons": [
            {
                "slug": "stress-and-self-care",
                "title": "El estrés y el cuidado personal",
                "minutes": 5,
                "body": [
                    ("heading", {"text": "El peso que cargas", "level": "h2"}),
                    ("paragraph",
                        "<p>Querer a alguien con un trastorno por consumo de sustancias o con una condición de "
                        "salud mental es estresante. Puede que vivas con preocupación todo el tiempo. Puede que "
                        "enfrentes problemas de dinero, promesas rotas o miedo por su vida. Un estrés así puede "
                        "durar meses o años.</p>"
                        "<p>El estrés de largo plazo afecta al cuerpo y a la mente. Presta atención a señales "
                        "como:</p><ul>"
                        "<li>Dolores de cabeza, problemas de estómago o músculos tensos</li>"
                        "<li>Problemas para dormir, o dormir demasiado</li><li>Sentirte con los nervios de punta, "
                        "irritable o como anestesiado</li>"
                        "<li>Enfermarte más a menudo</li>"
                        "<li>Apoyarte más en el alcohol, la comida u otras cosas para aguantar</li>"
                        "<li>Perder el interés por cosas que antes disfrutabas</li></ul>"
                        "<p>Si ves estas señales en ti, no es señal de debilidad. Es señal de que has cargado con "
                        "un peso muy grande durante mucho tiempo.</p>"),
                    ("heading", {"text": "Cuidarte no es egoísmo", "level": "h2"}),
                    ("paragraph",
                        "<p>En un avión te piden que te pongas tu máscara de oxígeno antes de ayudar a otros. Aquí "
                        "pasa lo mismo. Cuando descansas y tienes apoyo, piensas con más claridad. Estás más "
                        "tranquilo en los momentos difíciles. Además, le muestras a tu ser querido cómo se ven las "
                        "formas sanas de afrontar las cosas.</p>"
                        "<p>Cuidarte no tiene que ser algo especial. Muchas veces se trata de lo básico:</p><ul>"
                        "<li><b>Come a tus horas,</b> aunque sea algo sencillo.</li>"
                        "<li><b>Mueve el cuerpo,</b> por ejemplo con una caminata corta al aire libre.</li>"
                        "<li><b>Respira.</b> Respirar despacio puede calmar tu cuerpo en pocos minutos.</li>"
                        "<li><b>Conecta</b> con alguien que te haga sentir comprendido.</li>"
                        "<li><b>Ve a tu propio médico,</b> y cuida tu salud.</li>"
                        "<li><b>Modera el alcohol</b> y otras sustancias que podrías usar para aguantar.</li></ul>"),
                    ("callout", {
                        "kind": "try_at_home",
                        "title": "Calma en dos minutos",
                        "body": "<p>Prueba esto cuando el estrés se dispare:</p><ol><li>Siéntate o ponte de pie en "
                            "una postura cómoda.</li>"
                            "<li>Toma aire despacio por la nariz mientras cuentas hasta cuatro.</li>"
                            "<li>Suelta el aire por la boca mientras cuentas hasta seis.</li>"
                            "<li>Repite de cinco a diez veces.</li></ol>"
                            "<p>Soltar el aire más despacio ayuda a decirle a tu cuerpo que puede relajarse.</p>",
                    }),
                    ("heading", {"text": "Piensa en tener tu propia consejería", "level": "h3"}),
                    ("paragraph",
                        "<p>A muchos familiares les ayuda ver a su propio terapeuta o consejero. Es un espacio solo "
                        "para ti. No hace falta estar en crisis para ir. El IOP de tu ser querido quizá también "
                        "pueda recomendarte consejería familiar.</p>"),
                    ("quote", {
                        "text": "Yo decía que me cuidaría cuando mi hija estuviera mejor. Una consejera me preguntó: "
                            "“¿Y si eso lleva años?”. Esa pregunta me devolvió a mis caminatas de la mañana. Gracias "
                            "a eso soy una mamá más tranquila.",
                        "attribution": "Una madre, 45 años",
                    }),
                    ("knowledge_check", {
                        "question": "¿Cuál de estos es un paso sano para cuidarte?",
                        "options": [
                            {"text": "Caminar 10 minutos al aire libre cada día", "correct": True,
                             "feedback": "Así es. Los hábitos pequeños y regulares, como caminar, pueden aliviar el "
                                 "estrés y mejorar tu ánimo."},
                            {"text": "Esperar a que tu ser querido esté mejor para cuidarte", "correct": False,
                             "feedback": "Es un plan muy común, y nace del amor. Pero la recuperación puede llevar "
                                 "mucho tiempo. Mereces cuidarte ahora, no más adelante."},
                            {"text": "Tomarte unas copas de más cada noche para relajarte", "correct": False,
                             "feedback": "Mucha gente estresada recurre al alcohol, así que no eres la única persona. "
                                 "Pero puede empeorar el sueño y el ánimo. Cosas como moverte o hablar con "
                                 "alguien suelen ayudar más."},
                        ],
                    }),
                    ("key_takeaways", {
                        "items": [
                            "El estrés de largo plazo afecta al cuerpo y a la mente.",
                            "Cuidarte no es egoísmo. Te ayuda a mantenerte firme.",
                            "Lo básico, como comer, moverte y respirar, hace una diferencia.",
                            "Tu propio consejero puede darte un espacio solo para ti.",
                        ],
                    }),
                ],
            },
            {
                "slug": "sleep-and-guilt",
                "title": "El sueño, la preocupación y la culpa",
                "minutes": 6,
                "body": [
                    ("heading", {"text": "Cuando la preocupación no te deja dormir", "level": "h2"}),
                    ("paragraph",
                        "<p>Muchos familiares pasan la noche despiertos, esperando una llamada o el ruido de un "
                        "carro en la entrada. Quizá te encuentras a las 2 de la mañana mirando el teléfono y "
                        "leyendo sobre la adicción. Dormir mal lo hace todo más difícil. Afecta a tu ánimo, a tu "
                        "salud y a cómo manejas el estrés.</p>"
                        "<p>La mayoría de los adultos necesitan dormir siete horas o más cada noche. Puede que "
                        "ahora mismo eso te parezca imposible. Pero los cambios pequeños pueden ayudar:</p><ul>"
                        "<li>Acuéstate y levántate más o menos a la misma hora todos los días.</li>"
                        "<li>Deja el teléfono de 30 a 60 minutos antes de dormir, si puedes hacerlo sin "
                        "riesgo.</li>"
                        "<li>Mantén tu cuarto oscuro, fresco y en silencio.</li>"
                        "<li>Evita la cafeína por la tarde. Limita el alcohol, que interrumpe el sueño.</li>"
                        "<li>Escribe tus preocupaciones en un papel antes de acostarte, para que tu mente pueda "
                        "soltarlas.</li>"
                        "<li>Si no te duermes en unos 20 minutos, levántate y haz algo tranquilo. Luego vuelve a "
                        "intentarlo.</li></ul>"),
                    ("callout", {
                        "kind": "tip",
                        "title": "El teléfono por la noche",
                        "body": "<p>Quizá dejas el teléfono encendido por si hay una emergencia. Se entiende. Muchos "
                            "teléfonos tienen una función que silencia todo menos las llamadas de las personas que "
                            "elijas. También puedes pedirle a alguien de confianza que sea un contacto de "
                            "respaldo. Así no eres la única persona de guardia todas las noches.</p>",
                    }),
                    ("heading", {"text": "Entender la culpa", "level": "h2"}),
                    ("paragraph",
                        "<p>La culpa es uno de los sentimientos más comunes en las familias. Los padres se "
                        "preguntan qué hicieron mal. Las parejas se preguntan si debieron darse cuenta antes. Los "
                        "hermanos se sienten mal por estar enojados, o por tener una vida “normal”.</p>"
                        "<p>Esta es la verdad: <b>tú no causaste la adicción ni la enfermedad mental de tu ser "
                        "querido.</b> Son condiciones de salud con muchas causas. Todas las familias cometen "
                        "errores. Esos errores no crearon esta enfermedad.</p>"
                        "<p>Puede ayudar distinguir la culpa de la responsabilidad. La culpa dice: “Todo es por mi "
                        "culpa”. La responsabilidad dice: “Puedo reconocer mi parte, reparar lo que haga falta y "
                        "elegir cómo actúo ahora”. La responsabilidad te ayuda a avanzar. La culpa muchas veces te "
                        "deja estancado.</p>"),
                    ("heading", {"text": "Trátate como tratarías a un amigo", "level": "h3"}),
                    ("paragraph",
                        "<p>Si un amigo estuviera en tu lugar, ¿qué le dirías? Seguramente que hizo lo mejor que "
                        "pudo con lo que sabía. Intenta decirte lo mismo. A esto se le llama autocompasión. Las "
                        "investigaciones indican que puede aliviar el estrés y ayudar a afrontar las cosas.</p>"
                        "<p>También puede que sientas duelo. Quizá extrañas a la persona que era tu ser querido, o "
                        "el futuro que imaginabas. El duelo también es una parte normal de este camino.</p>"),
                    ("quote", {
                        "text": "Durante dos años repasé cada error que cometí como padre. En mi grupo de Nar-Anon, "
                            "una señora dijo: “No somos tan poderosos”. Me reí, y después lloré. Yo no causé "
                            "esto, y no lo puedo curar. Puedo quererla, y cuidarme a mí.",
                        "attribution": "Un padre, 60 años",
                    }),
                    ("knowledge_check", {
                        "question": "Una madre dice: “Si hubiera sido mejor madre, mi hijo no estaría consumiendo”. "
                            "¿Qué es verdad?",
                        "options": [
                            {"text": "La adicción tiene muchas causas, y los padres no la causan", "correct": True,
                             "feedback": "Así es. Los genes, el estrés, la salud mental y muchas otras cosas "
                                 "influyen. Todos los padres cometen errores, pero esos errores no crean "
                                 "esta enfermedad."},
                            {"text": "Probablemente tiene razón, porque la crianza es la causa principal",
                             "correct": False,
                             "feedback": "Es una creencia dolorosa que cargan muchos padres. Pero las "
                                 "investigaciones muestran que la adicción viene de muchos factores. Ninguna "
                                 "cosa por sí sola la causa, tampoco la crianza."},
                            {"text": "Sentirse culpable ayudará a su hijo a recuperarse más rápido", "correct": False,
                             "feedback": "La culpa es un sentimiento natural, pero no acelera la recuperación. "
                                 "Cuidarse y aprender habilidades nuevas les ayuda más a los dos."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "¿Qué es algo por lo que sientes culpa? ¿Qué le dirías a un amigo que se sintiera "
                            "igual?",
                        "hint": "Intenta escribir esas palabras amables y luego léetelas a ti.",
                    }),
                    ("key_takeaways", {
                        "items": [
                            "Dormir mal hace más difícil el estrés. Los cambios pequeños pueden ayudar.",
                            "Si puedes, comparte el papel de estar “de guardia” por la noche.",
                            "Tú no causaste la enfermedad de tu ser querido.",
                            "La responsabilidad te ayuda a avanzar. La culpa muchas veces te deja estancado.",
                            "Trátate con la amabilidad con la que tratarías a un amigo.",
                        ],
                    }),
                ],
            },
            {
                "slug": "support-groups",
                "title": "Encontrar apoyo para ti",
                "minutes": 5,
                "body": [
                    ("heading", {"text": "No estás solo", "level": "h2"}),
                    ("paragraph",
                        "<p>Millones de familias viven con el consumo de sustancias o la condición de salud mental "
                        "de un ser querido. Aun así, muchas se sienten muy solas. La vergüenza y el estigma hacen "
                        "que cueste hablar de esto. Los grupos de apoyo son un lugar donde te entienden sin que "
                        "tengas que explicar nada.</p>"
                        "<p>En un grupo puedes escuchar a otras personas que han pasado por lo mismo que tú. "
                        "Puedes aprender nuevas formas de afrontar las cosas. O puedes simplemente sentarte a "
                        "escuchar. La mayoría de los grupos son gratis.</p>"),
                    ("heading", {"text": "Grupos que conviene conocer", "level": "h2"}),
                    ("paragraph",
                        '<ul><li><b><a href="https://www.al-anon.org/">'
                        "Al-Anon</a></b> es para personas afectadas por la forma de beber de otra persona. Sigue "
                        "un enfoque de 12 pasos. Alateen es parte de Al-Anon y es para adolescentes. Hay reuniones "
                        "en español.</li>"
                        '<li><b><a href="https://www.nar-anon.org/">'
                        "Nar-Anon</a></b> es para familiares y amigos de personas que consumen drogas. También "
                        'sigue un enfoque de 12 pasos.</li><li><b><a href="https://www.smartrecovery.org/family/">'
                        "SMART Recovery Family &amp; Friends</a></b> (para familiares y amigos) usa un enfoque "
                        "basado en la ciencia. Se apoya en CRAFT y en otras herramientas para ayudarte a afrontar "
                        "las cosas y a comunicarte.</li><li><b><a "
                        'href="https://www.nami.org/support-education/mental-health-education/nami-family-to-family/">'
                        "NAMI De Familia a Familia</a></b> es una serie de clases gratis de la Alianza Nacional "
                        "sobre Enfermedades Mentales (NAMI). Es para familias de personas con condiciones de salud "
                        "mental. La dirigen familiares con formación. También se ofrece en español.</li></ul>"
                        "<p>Muchos grupos se reúnen en persona, en línea o por teléfono. El IOP de tu ser querido "
                        "también puede tener un grupo para familias.</p>"),
                    ("heading", {"text": "Qué esperar", "level": "h2"}),
                    ("paragraph",
                        "<p>Cada grupo tiene su estilo. En los grupos de 12 pasos, como Al-Anon y Nar-Anon, suele "
                        "haber lecturas, y las personas se turnan para compartir. Por lo general, no tienes que "
                        "hablar. Las reuniones de SMART Recovery Family &amp; Friends se parecen más a un taller de "
                        "habilidades. NAMI De Familia a Familia es una clase con un calendario fijo.</p>"
                        "<p>Es común sentir nervios la primera vez. También es común que la primera reunión no "
                        "encaje contigo. Muchas personas recomiendan probar algunas reuniones, o algunos grupos "
                        "distintos, antes de decidir.</p>"),
                    ("callout", {
                        "kind": "tip",
                        "title": "Cómo encontrar un grupo",
                        "body": "<p>El sitio web de cada grupo tiene un buscador de reuniones. También puedes llamar "
                            "a la Línea Nacional de Ayuda de SAMHSA al <b>1-800-662-4357</b>. Es gratis, "
                            "confidencial y atiende las 24 horas, todos los días del año, también en español. "
                            "Pueden orientarte hacia apoyo y tratamiento cerca de ti.</p>",
                    }),
                    ("quote", {
                        "text": "Me quedé 20 minutos en el estacionamiento antes de mi primera reunión de Al-Anon. "
                            "Adentro, una señora me dio un café y me dijo: “No tienes que decir nada”. No hablé "
                            "durante tres semanas. Pero seguí volviendo, porque por fin me sentí comprendido.",
                        "attribution": "Un esposo, 52 años",
                    }),
                    ("callout", {
                        "kind": "try_at_home",
                        "title": "Da un paso pequeño",
                        "body": "<p>Esta semana, busca un grupo en internet. Encuentra un horario de reunión que te "
                            "venga bien. Todavía no tienes que ir. Solo saber dónde está puede hacer que te cueste "
                            "menos ir cuando estés listo.</p>",
                    }),
                    ("knowledge_check", {
                        "question": "¿Cuál de estas es una buena razón para probar un grupo de apoyo para familias?",
                        "options": [
                            {"text": "Aprender de otras personas y sentirte menos solo", "correct": True,
                             "feedback": "Así es. Escuchar a personas que te entienden puede aliviar la soledad y "
                                 "darte ideas nuevas para afrontar las cosas."},
                            {"text": "Encontrar la forma de que tu ser querido deje de consumir", "correct": False,
                             "feedback": "Es natural tener esa esperanza. Pero los grupos para familias se centran "
                                 "en tu bienestar, no en controlar a tu ser querido. Muchas personas ven que "
                                 "cuidarse a sí mismas ayuda a toda la familia."},
                            {"text": "Solo si estás en crisis", "correct": False,
                             "feedback": "El apoyo puede ayudar en cualquier momento, no solo en una crisis. A "
                                 "muchas personas los grupos les sirven sobre todo como un apoyo constante "
                                 "a largo plazo."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "¿Qué es lo que más te cuesta de pedir apoyo? ¿Qué podría hacerlo un poco más "
                            "fácil?",
                        "hint": "Quizá ir con un amigo, o probar primero una reunión en línea.",
                    }),
                    ("key_takeaways", {
                        "items": [
                            "Los grupos de apoyo te ayudan a sentirte menos solo y a aprender nuevas formas de "
                                "afrontar las cosas.",
                            "Algunas opciones son Al-Anon, Nar-Anon, SMART Recovery Family & Friends y NAMI De "
                                "Familia a Familia.",
                            "Prueba algunas reuniones antes de decidir si un grupo es para ti.",
                            "La Línea Nacional de Ayuda de SAMHSA (1-800-662-4357) puede ayudarte a encontrar "
                                "apoyo, también en español.",
                        ],
                    }),
                ],
            },
            {
                "slug": "safety-planning",
                "title": "Plan de seguridad: saber cuándo pedir ayuda",
                "minutes": 6,
                "body": [
                    ("heading", {"text": "Por qué planear para una crisis", "level": "h2"}),
                    ("paragraph",
                        "<p>Nadie quiere pensar en lo peor. Pero una crisis es más fácil de manejar cuando lo has "
                        "planeado con tiempo. Un plan de seguridad es una guía corta y por escrito de qué hacer si "
                        "las cosas salen mal. Hacerlo no significa que esperes lo peor. Significa que vas a estar "
                        "preparado.</p>"),
                    ("heading", {"text": "Cuándo llamar al 911", "level": "h2"}),
                    ("paragraph",
                        "<p>Llama al <b>911</b> de inmediato si alguien está en peligro inmediato. Por ejemplo:</p>"
                        "<ul>"
                        "<li>Señales de sobredosis: no se despierta, respira muy despacio o no respira, tiene los "
                        "labios o las puntas de los dedos azules o grises, hace ruidos como de ahogo o gorgoteo, o "
                        "tiene las pupilas muy pequeñas</li>"
                        "<li>Un intento de suicidio, o alguien que tiene un plan y los medios para llevarlo a cabo "
                        "ahora</li>"
                        "<li>Violencia, o amenazas de violencia, contra cualquier persona</li>"
                        "<li>Una emergencia médica grave, como una convulsión</li></ul>"
                        "<p>Si crees que alguien tiene una sobredosis de opioides, llama al 911 y dale naloxona si "
                        "la tienes. La naloxona no le hace daño a alguien que no ha tomado opioides. Si la persona "
                        "respira, ponla de lado. Quédate con ella hasta que llegue la ayuda. Muchos estados tienen "
                        "leyes del Buen Samaritano que dan cierta protección legal a quien pide ayuda durante una "
                        "sobredosis.</p>"),
                    ("heading", {"text": "Cuándo llamar o enviar un mensaje de texto al 988", "level": "h2"}),
                    ("paragraph",
                        "<p>La <b>988 Línea de Prevención del Suicidio y Crisis</b> es gratis y atiende las 24 "
                        "horas, todos los días, también en español. Puedes llamar o enviar un mensaje de texto al "
                        "988, o chatear en línea. Consejeros con formación pueden ayudarte cuando:</p><ul>"
                        "<li>Tu ser querido habla de suicidio, de la muerte o de sentirse sin esperanza</li>"
                        "<li>Te preocupa su salud mental y no sabes qué hacer</li>"
                        "<li>Tú estás pasando por una crisis emocional</li></ul>"
                        "<p>No necesitas estar seguro de que es una emergencia para comunicarte con el 988. Si "
                        "estás preocupado, es razón suficiente. Si la vida de alguien está en peligro en este "
                        "momento, llama al 911.</p>"),
                    ("heading", {"text": "Señales de alerta de suicidio", "level": "h3"}),
                    ("paragraph",
                        "<p>Toma en serio estas señales, sobre todo si son nuevas o van a más:</p><ul>"
                        "<li>Hablar de querer morir, o de ser una carga</li>"
                        "<li>Sentirse atrapado o con un dolor que no puede soportar</li>"
                        "<li>Alejarse de los amigos y la familia</li>"
                        "<li>Regalar sus cosas o despedirse</li><li>Consumir más alcohol o drogas</li>"
                        "<li>Cambios fuertes de ánimo, o una calma repentina después de una época de mucha "
                        "tristeza</li></ul>"
                        "<p>Si estás preocupado, pregunta directamente: <i>“¿Estás pensando en el suicidio?”</i>. "
                        "Preguntarlo no le mete la idea en la cabeza a nadie. Demuestra que te importa, y abre la "
                        "puerta a la ayuda.</p>"),
                    ("callout", {
                        "kind": "try_at_home",
                        "title": "Haz tu plan de seguridad",
                        "body": "<p>Anota lo siguiente. Guarda una copia en el teléfono y otra en papel:</p><ul>"
                            "<li>Señales de que las cosas están empeorando</li>"
                            "<li>Números: 911, 988, el programa de tratamiento de tu ser querido y la Línea "
                            "Nacional de Ayuda de SAMHSA, 1-800-662-4357</li>"
                            "<li>Dónde está la naloxona, y quién sabe usarla</li>"
                            "<li>Dos o tres personas a las que puedes llamar para pedir apoyo</li>"
                            "<li>Un lugar seguro adonde puedes ir, y quién puede cuidar a los niños o a las "
                            "mascotas</li>"
                            "<li>Formas de hacer la casa más segura, como guardar los medicamentos bajo llave, y "
                            "guardar las armas de fuego bajo llave o fuera de la casa</li></ul>",
                    }),
                    ("callout", {
                        "kind": "warning",
                        "title": "Si no estás a salvo",
                        "body": "<p>Si tu ser querido te ha hecho daño, o temes que pueda hacértelo, tu seguridad "
                            "importa. En una emergencia, llama al <b>911</b>. La Línea Nacional sobre la Violencia "
                            "Doméstica, al <b>1-800-799-7233</b>, ofrece apoyo gratis y confidencial a cualquier "
                            "hora, también en español.</p>",
                    }),
                    ("quote", {
                        "text": "Hice nuestro plan de seguridad un domingo tranquilo. Esperaba no necesitarlo nunca. "
                            "Dos meses después, lo necesitamos. Me temblaban las manos, pero sabía exactamente a "
                            "quién llamar. Ese plan evitó que me quedara paralizada.",
                        "attribution": "Una madre, 50 años",
                    }),
                    ("knowledge_check", {
                        "question": "Tu ser querido está en el sofá y no logras despertarlo. Respira muy despacio y "
                            "tiene los labios azulados. ¿Qué debes hacer primero?",
                        "options": [
                            {"text": "Llamar al 911, darle naloxona si la tienes y quedarte con él", "correct": True,
                             "feedback": "Así es. Son señales de una posible sobredosis. Llamar al 911 y darle "
                                 "naloxona rápido puede salvar una vida."},
                            {"text": "Dejar que duerma para que se le pase y revisarlo más tarde", "correct": False,
                             "feedback": "Es fácil querer creer que solo está profundamente dormido. Pero respirar "
                                 "muy despacio y tener los labios azules son señales de emergencia. Llama al "
                                 "911 de inmediato."},
                            {"text": "Llamar a su consejero del IOP por la mañana", "correct": False,
                             "feedback": "Estar en contacto con el programa ayuda con muchas preocupaciones. Pero "
                                 "esta es una emergencia que necesita ayuda ahora mismo. Llama al 911."},
                        ],
                    }),
                    ("reflection_prompt", {
                        "prompt": "¿Quiénes son dos o tres personas a las que podrías llamar en una crisis? ¿Les has "
                            "dicho que están en tu lista?",
                        "hint": "Está bien preguntarle a alguien con tiempo si estaría dispuesto.",
                    }),
                    ("crisis_resources", {"intro": "Si tú o tu ser querido están en peligro ahora mismo, pide ayuda:"}),
                    ("key_takeaways", {
                        "items": [
                            "Un plan de seguridad por escrito te ayuda a actuar rápido en una crisis.",
                            "Llama al 911 si hay una sobredosis, violencia o cualquier peligro inmediato.",
                            "Llama o envía un mensaje de texto al 988 si hay pensamientos de suicidio, una crisis de "
                                "salud mental o si tú estás pasando por una crisis.",
                            "Ten naloxona en casa, y guarda bajo llave los medicamentos y las armas de fuego.",
                            "Preguntar directamente por el suicidio demuestra que te importa y puede abrir la puerta "
                                "a la ayuda.",
                        ],
                    }),
                    ("sources", {
                        "items": [
                            {"title": "988 Línea de Prevención del Suicidio y Crisis",
                             "publisher": "988 Suicide & Crisis Lifeline",
                             "url": "https://988lifeline.org/es/inicio/"},
                            {"title": "Línea Nacional de Ayuda de SAMHSA (página en inglés; la línea atiende en "
                                 "español)", "publisher": "SAMHSA",
                             "url": "https://www.samhsa.gov/find-help/helplines/national-helpline"},
                            {"title": "Familias y cuidadores (en inglés)", "publisher": "SAMHSA",
                             "url": "https://www.samhsa.gov/families"},
                            {"title": "Medicamentos para revertir una sobredosis (en inglés)", "publisher": "NIDA",
                             "url": "https://nida.nih.gov/research-topics/overdose-reversal-medications"},
                            {"title": "El sueño (en inglés)", "publisher": "CDC", "url": "https://www.cdc.gov/sleep/"},
                            {"title": "NAMI De Familia a Familia (en inglés)", "publisher": "NAMI",
                             "url": "https://www.nami.org/support-education/mental-health-education/nami-family-to-family/"},
                            {"title": "Grupos de Familia Al-Anon (en inglés)", "publisher": "Al-Anon",
                             "url": "https://www.al-anon.org/"},
                            {"title": "Grupos de Familia Nar-Anon (en inglés)", "publisher": "Nar-Anon",
                             "url": "https://www.nar-anon.org/"},
                            {"title": "SMART Recovery para familiares y amigos (en inglés)",
                             "publisher": "SMART Recovery",
                             "url": "https://www.smartrecovery.org/family/"},
                        ],
                    }),
                ],
            },
        ],
    },
]
# fmt: on
